using TrialLint.Engine;

namespace TrialLint.Output;

/// <summary>
/// An output format. Results arrive one file at a time, in order, so a writer can stream (SARIF, JSON, console)
/// or keep a compact summary per file (HTML, Markdown) without holding every syntax tree of a large run.
/// </summary>
public abstract class FindingsWriter
{
    /// <summary>Called once before the first file.</summary>
    public virtual void Begin(RunContext context) { }

    /// <summary>Called for each linted file, in order.</summary>
    public abstract void Add(FileResult file);

    /// <summary>Called once at the end with the totals and the run's exit code.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "'End' is a keyword only in Visual Basic; Begin/Add/End read best here.")]
    public abstract void End(RunSummary summary, int exitCode);
}
