using TrialLint.Syntax;
using TrialLint.Syntax.FastYaml;
using TrialLint.Text;

namespace TrialLint.Tests.Syntax;

/// <summary>
/// Runs the YAML fast path and the YamlDotNet path on one text and says whether the fast path read it and, if it
/// did, whether it built the very tree YamlDotNet's path builds (with no diagnostics on that path).
/// </summary>
public static class FastPathCheck
{
    /// <summary>The outcome for one text: whether the fast path read it, and the first difference if it got it wrong.</summary>
    public readonly record struct Outcome(bool Handled, string? Failure);

    /// <summary>Checks <paramref name="text"/>; <paramref name="name"/> is for messages.</summary>
    public static Outcome Run(string name, string text)
    {
        var source = new SourceText(name, text);
        var fast = FastYamlParser.TryParse(source);
        if (fast is null) return new Outcome(false, null);
        var reference = YamlSyntaxParser.ParseWithYamlDotNet(source);
        if (!reference.Diagnostics.IsEmpty)
            return new Outcome(true, $"{name}: the fast path read it, YamlDotNet reports {string.Join("; ", reference.Diagnostics.Select(d => $"{d.Id} {d.Location.StartLine}:{d.Location.StartColumn} {d.Message}"))}");
        string? difference = SyntaxTreeComparer.FirstDifference(source, reference.Root, fast);
        return new Outcome(true, difference is null ? null : $"{name}: {difference}");
    }

    /// <summary>Checks every sample; returns how many the fast path read and the failures.</summary>
    public static (int Handled, List<string> Failures, List<string> FellBack) RunAll(IEnumerable<(string Name, string Text)> samples)
    {
        int handled = 0;
        var failures = new List<string>();
        var fellBack = new List<string>();
        foreach (var (name, text) in samples)
        {
            var outcome = Run(name, text);
            if (outcome.Handled) handled++;
            else fellBack.Add(name);
            if (outcome.Failure is not null) failures.Add(outcome.Failure);
        }
        return (handled, failures, fellBack);
    }
}
