using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TrialLint.Diagnostics;
using TrialLint.Analyzers;
using TrialLint.Syntax;
using TrialLint.Text;

namespace TrialLint.Testing;

/// <summary>How far a fixture was shrunk.</summary>
/// <param name="Text">The smallest text found (the original when nothing could go).</param>
/// <param name="LinesBefore">Lines before.</param>
/// <param name="LinesAfter">Lines after.</param>
/// <param name="Tries">How many candidate texts were linted.</param>
/// <param name="Skipped">Why the fixture was left alone, or null.</param>
public sealed record MinimizeResult(string Text, int LinesBefore, int LinesAfter, int Tries, string? Skipped)
{
    /// <summary>Whether the text got shorter.</summary>
    public bool Changed => LinesAfter < LinesBefore;
}

/// <summary>
/// Shrinks a rule fixture to the smallest report that still says its case, in the process (a lint takes
/// milliseconds): it deletes YAML mapping entries and sequence items (whole lines, by the parser's positions, with
/// the comment lines just above them) or JSON members and array items, one at a time from the top down, and keeps a
/// deletion only when the fixture still gives the same outcome and the same findings of its rule (severity and
/// message, same count), its <c># expect:</c> marks or sidecar pointers still agree, and nothing about the fixture
/// itself is broken (no TL00xx). The header comment (everything before the first key) is never touched.
/// <para>
/// Same findings do not mean same case: deleting the <c>type: crossover</c> of a crossover fixture may leave the
/// message as it was. So the sections the rule reads (<c>keepSections</c>: top-level keys; JSON: sections and
/// modules) are never deleted whole, and inside a YAML fixture only lines copied from a base report
/// (<c>boilerplate</c>: the report the fixture was copied from, compared line by line without indentation, list
/// dashes or trailing comments) may go: the lines the author changed or added are the case. A quiet fixture (no
/// finding: passed or not applicable) says its case by what it contains, and deleting that (a run-in period, a
/// second stage) would still pass; so in quiet fixtures only whole top-level sections the rule does not read go,
/// and without <c>keepSections</c> quiet fixtures are left alone. Read the result: the minimizer keeps the verdict,
/// not the meaning.
/// </para>
/// </summary>
public sealed partial class FixtureMinimizer
{
    private static readonly JsonSerializerOptions JsonWrite = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly RuleFixtureRunner _runner;

    /// <summary>Creates a minimizer judging candidates with <paramref name="runner"/>'s engine and sidecars.</summary>
    public FixtureMinimizer(RuleFixtureRunner runner) => _runner = runner ?? throw new ArgumentNullException(nameof(runner));

    /// <summary>
    /// The report sections (top-level keys) a rule file's expressions name; null for a rule that is not a rule file
    /// (a built-in C# analyzer), whose reads cannot be seen.
    /// </summary>
    public static IReadOnlySet<string>? SectionsRead(Rules.RuleSet rules, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var rule = rules.Rules.FirstOrDefault(r => r.Id == ruleId);
        if (rule is null) return null;
        var texts = new List<string>(rule.ReportAt);
        foreach (var e in (Rules.RuleExpression?[])[rule.AppliesIf, rule.ForEach, rule.Require]) if (e is not null) texts.Add(e.Text);
        texts.AddRange(rule.Values.Select(v => v.Value.Text));
        return texts.SelectMany(t => Identifier().Matches(t).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Shrinks the fixture at <paramref name="fixturePath"/> for <paramref name="ruleId"/> (the file is not written).</summary>
    public MinimizeResult Minimize(string ruleId, string fixturePath, IReadOnlySet<string>? keepSections, IReadOnlySet<string>? boilerplate = null)
    {
        string original = File.ReadAllText(fixturePath);
        int before = CountLines(original);
        var first = _runner.Observe(ruleId, fixturePath, original);
        if (RuleFixtureRunner.CheckMarks(fixturePath, first).Count > 0)
            return new MinimizeResult(original, before, before, 1, "the fixture does not pass as it is");
        bool quiet = first.Outcome != RuleOutcome.Failed;
        if (quiet && keepSections is null)
            return new MinimizeResult(original, before, before, 1, "quiet fixture and the sections the rule reads are not known (give them)");
        string target = Signature(first);
        bool json = fixturePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        int tries = 1;
        bool Same(string candidate)
        {
            tries++;
            var o = _runner.Observe(ruleId, fixturePath, candidate);
            return Signature(o) == target && RuleFixtureRunner.CheckMarks(fixturePath, o).Count == 0;
        }
        string text = json ? MinimizeJson(original, quiet, keepSections, Same) : MinimizeYaml(fixturePath, original, new Policy(quiet, keepSections, boilerplate), Same);
        int after = CountLines(text);
        return after < before ? new MinimizeResult(text, before, after, tries, null) : new MinimizeResult(original, before, before, tries, null);
    }

    private static string Signature(FixtureObservation o) =>
        FixtureObservation.DescribeOutcome(o.Outcome) + "|" + o.Broken.Length + "|" + string.Join("|", o.Findings.Select(f => $"{f.Severity} {f.Message}").Order(StringComparer.Ordinal));

    /// <summary>
    /// The lines of base reports (seeds a fixture was copied from) in the form <see cref="Minimize"/> compares
    /// them: without indentation, list dashes or trailing comments.
    /// </summary>
    public static IReadOnlySet<string> BoilerplateOf(IEnumerable<string> baseTexts)
    {
        ArgumentNullException.ThrowIfNull(baseTexts);
        var lines = baseTexts.SelectMany(t => t.Split('\n')).ToList();
        // Comment lines are kept apart (they start with '#'): a copied comment is dropped when the fixture shrinks.
        return lines.Select(Normalise).Concat(lines.Select(l => l.Trim()).Where(l => l.StartsWith('#')))
            .Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Puts a blank line after the header and before each top-level section (with its comment lines) that has none.</summary>
    private static string SpacedSections(string path, string text)
    {
        int header = HeaderEnd(new SourceText(path, text));
        var lines = text.Split('\n').ToList();
        for (int i = lines.Count - 1; i >= header; i--)
        {
            if (!TopLevelKey().IsMatch(lines[i])) continue;
            int first = i;
            while (first - 1 >= header && lines[first - 1].StartsWith('#')) first--;
            if (first > 0 && lines[first - 1].Trim().Length > 0) lines.Insert(first, string.Empty);
        }
        return string.Join('\n', lines);
    }

    /// <summary>Drops comment lines below the header that were copied from a base report: they described what is gone.</summary>
    private static string WithoutCopiedComments(string path, string text, IReadOnlySet<string> boilerplate)
    {
        int header = HeaderEnd(new SourceText(path, text));
        var lines = text.Split('\n').ToList();
        for (int i = lines.Count - 1; i >= header; i--)
        {
            string line = lines[i].Trim();
            if (line.StartsWith('#') && boilerplate.Contains(line) && !line.Contains("triallint", StringComparison.OrdinalIgnoreCase)) lines.RemoveAt(i);
        }
        return string.Join('\n', lines);
    }

    private static string Normalise(string line)
    {
        string text = TrailingComment().Replace(line, string.Empty).Trim();
        while (text.StartsWith("- ", StringComparison.Ordinal)) text = text[2..].TrimStart();
        return text.StartsWith('#') ? string.Empty : text;
    }

    private sealed record Policy(bool Quiet, IReadOnlySet<string>? Keep, IReadOnlySet<string>? Boilerplate)
    {
        public bool Deletable(SourceText source, (int First, int Last) range, string? topLevelKey)
        {
            if (topLevelKey is not null && Keep is not null) return !Keep.Contains(topLevelKey);
            if (Quiet) return false;
            if (Boilerplate is null) return true;
            for (int line = range.First; line <= range.Last; line++)
            {
                string text = Normalise(source.GetLineText(line));
                if (text.Length > 0 && !Boilerplate.Contains(text)) return false;
            }
            return true;
        }
    }

    /// <summary>Passes over the candidates until one deletes nothing (a deletion can free an earlier candidate).</summary>
    private static string MinimizeYaml(string path, string text, Policy policy, Func<string, bool> same)
    {
        for (bool changed = true; changed; )
        {
            changed = false;
            for (int index = 0; ; )
            {
                var candidates = YamlCandidates(path, text, policy);
                if (index >= candidates.Count) break;
                string shorter = DeleteLines(text, candidates[index].First, candidates[index].Last);
                if (same(shorter))
                {
                    text = shorter;
                    changed = true;
                }
                else index++;
            }
        }
        if (!policy.Quiet && policy.Boilerplate is { } copied && WithoutCopiedComments(path, text, copied) is var clean && clean != text && same(clean)) text = clean;
        if (SpacedSections(path, text) is var spaced && spaced != text && same(spaced)) text = spaced;
        return text;
    }

    /// <summary>Deletable YAML nodes in pre-order (a parent before its children), as whole-line ranges (1-based).</summary>
    private static List<(int First, int Last)> YamlCandidates(string path, string text, Policy policy)
    {
        bool quiet = policy.Quiet;
        var source = new SourceText(path, text);
        var tree = YamlSyntaxParser.Parse(source);
        var list = new List<(int, int)>();
        if (tree.Root is not MappingNode root) return list;
        int header = HeaderEnd(source);
        void Visit(SyntaxNode node, int depth)
        {
            if (node is MappingNode mapping)
            {
                foreach (var p in mapping.Properties)
                {
                    if (WholeLines(source, p.NameSpan.Start, End(p.Value, p.NameSpan), "") is { } range && policy.Deletable(source, range, depth == 0 ? p.Name : null))
                        list.Add(WithCommentsAbove(source, range, header));
                    // The design chooses the packs and the kind of trial a fixture is about: whole or not at all.
                    if (!quiet && !(depth == 0 && p.Name == "design")) Visit(p.Value, depth + 1);
                }
            }
            else if (node is SequenceNode sequence && !quiet)
            {
                // Every arm stays listed (a two-arm trial with one arm left reads as another trial); what an arm says may go.
                bool arms = sequence.Pointer.ToString() == "/arms";
                foreach (var item in sequence.Items)
                {
                    if (!arms && WholeLines(source, item.Span.Start, End(item, item.Span), "-") is { } range && policy.Deletable(source, range, null))
                        list.Add(WithCommentsAbove(source, range, header));
                    Visit(item, depth + 1);
                }
            }
        }
        Visit(root, 0);
        return list;
    }

    private static int End(SyntaxNode value, TextSpan fallback) => Math.Max(fallback.End, value.Span.End);

    /// <summary>The lines from <paramref name="start"/> to <paramref name="end"/> when nothing else shares them.</summary>
    private static (int First, int Last)? WholeLines(SourceText source, int start, int end, string allowedPrefix)
    {
        var from = source.GetPosition(start);
        var to = source.GetPosition(Math.Max(start, end - 1));
        string lead = source.GetLineText(from.Line)[..(from.Column - 1)].Trim();
        if (lead != allowedPrefix && !(allowedPrefix.Length > 0 && lead.Length == 0)) return null;
        string lastLine = source.GetLineText(to.Line);
        string trail = to.Column <= lastLine.Length ? lastLine[to.Column..].Trim() : string.Empty;
        if (trail.Length > 0 && !trail.StartsWith('#')) return null;
        return (from.Line, to.Line);
    }

    private static (int, int) WithCommentsAbove(SourceText source, (int First, int Last) range, int header)
    {
        string indent = Indent(source.GetLineText(range.First));
        int first = range.First;
        while (first - 1 > header)
        {
            string line = source.GetLineText(first - 1);
            if (!line.TrimStart().StartsWith('#') || Indent(line) != indent) break;
            first--;
        }
        return (first, range.Last);
    }

    private static string Indent(string line) => line[..(line.Length - line.TrimStart().Length)];

    /// <summary>The last line of the header comment: the lines before the first that is neither blank nor a comment.</summary>
    private static int HeaderEnd(SourceText source)
    {
        for (int line = 1; line <= source.LineCount; line++)
        {
            string text = source.GetLineText(line).Trim();
            if (text.Length > 0 && !text.StartsWith('#')) return line - 1;
        }
        return source.LineCount;
    }

    /// <summary>Deletes lines <paramref name="first"/>..<paramref name="last"/> and folds the blank lines left behind.</summary>
    private static string DeleteLines(string text, int first, int last)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        lines.RemoveRange(first - 1, last - first + 1);
        var kept = new List<string>(lines.Count);
        foreach (string line in lines)
        {
            if (line.Trim().Length == 0 && kept.Count > 0 && kept[^1].Trim().Length == 0) continue;
            kept.Add(line);
        }
        while (kept.Count > 1 && kept[^1].Trim().Length == 0 && kept[^2].Trim().Length == 0) kept.RemoveAt(kept.Count - 1);
        return string.Join('\n', kept);
    }

    private static string MinimizeJson(string text, bool quiet, IReadOnlySet<string>? keep, Func<string, bool> same)
    {
        var root = JsonNode.Parse(text);
        if (root is null) return text;
        string trailing = text.EndsWith('\n') ? "\n" : string.Empty;
        string Write(JsonNode node) => node.ToJsonString(JsonWrite).Replace("\r\n", "\n", StringComparison.Ordinal) + trailing;
        string current = Write(root);
        if (!same(current)) return text;
        for (bool changed = true; changed; )
        {
            changed = false;
            for (int index = 0; ; )
            {
                var candidates = JsonCandidates(root, quiet, keep);
                if (index >= candidates.Count) break;
                var (parent, key) = candidates[index];
                var copy = root.DeepClone();
                Remove(Find(copy, parent)!, key);
                string shorter = Write(copy);
                if (same(shorter))
                {
                    root = copy;
                    current = shorter;
                    changed = true;
                }
                else index++;
            }
        }
        return current;
    }

    /// <summary>Deletable JSON members and items in pre-order: the parent's path and the member name or item index.</summary>
    private static List<(ImmutableArray<object> Parent, object Key)> JsonCandidates(JsonNode root, bool quiet, IReadOnlySet<string>? keep)
    {
        var list = new List<(ImmutableArray<object>, object)>();
        void Visit(JsonNode? node, ImmutableArray<object> path)
        {
            if (node is JsonObject obj)
            {
                foreach (var (name, child) in obj.ToList())
                {
                    // A quiet record loses only whole sections and modules (two levels down) the rule does not read.
                    if (!quiet || (path.Length <= 1 && keep is not null && !keep.Contains(name))) list.Add((path, name));
                    if (!quiet || path.Length == 0) Visit(child, path.Add(name));
                }
            }
            else if (node is JsonArray array && !quiet)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    list.Add((path, i));
                    Visit(array[i], path.Add(i));
                }
            }
        }
        Visit(root, []);
        return list;
    }

    private static JsonNode? Find(JsonNode node, ImmutableArray<object> path)
    {
        JsonNode? current = node;
        foreach (object step in path) current = step is int i ? current?.AsArray()[i] : current?.AsObject()[(string)step];
        return current;
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (key is int i) parent.AsArray().RemoveAt(i);
        else parent.AsObject().Remove((string)key);
    }

    private static int CountLines(string text) => text.TrimEnd('\n').Split('\n').Length;

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*:")]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
