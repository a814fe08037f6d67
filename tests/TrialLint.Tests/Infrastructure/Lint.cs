using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Tests.Infrastructure;

/// <summary>Shortcuts for linting text in tests.</summary>
public static class Lint
{
    private static readonly LintEngine Engine = new();

    /// <summary>Lints <paramref name="text"/> as if it were the file <paramref name="path"/>.</summary>
    public static FileResult Text(string text, string path = "test.trial.yaml") => Engine.LintText(path, text);

    /// <summary>The ids of the findings, in order.</summary>
    public static IReadOnlyList<string> Ids(string text, string path = "test.trial.yaml") =>
        Text(text, path).Diagnostics.Select(d => d.Id).ToList();

    /// <summary>The findings with a given id.</summary>
    public static IReadOnlyList<Diagnostic> Findings(string text, string id, string path = "test.trial.yaml") =>
        Text(text, path).Diagnostics.Where(d => d.Id == id).ToList();
}
