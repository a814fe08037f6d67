using System.Text;
using TrialLint.Rules;

namespace TrialLint.LanguageServer;

/// <summary>
/// A rule's help for a hover: title, the finding's message, then the Cause, How to fix and Checklist items sections of
/// its help page (embedded in the engine, as <c>triallint explain</c> prints it), and the link to the whole page.
/// </summary>
internal static class RuleHelp
{
    private static readonly string[] Sections = ["Cause", "How to fix", "Checklist items"];

    /// <summary>The hover text of a finding of <paramref name="ruleId"/>.</summary>
    public static string Hover(RuleSet rules, string ruleId, string? message)
    {
        var descriptor = rules.Descriptors.FirstOrDefault(d => d.Id == ruleId);
        if (descriptor is null) return $"**{ruleId}**" + (message is null ? "" : $"\n\n{message}");
        string page = RuleDocs.PageFor(descriptor, rules.PacksOf(descriptor.Id));
        var sb = new StringBuilder();
        sb.Append("**").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append("** (").Append(descriptor.DefaultSeverity.ToString().ToLowerInvariant()).Append(")\n\n");
        if (message is not null) sb.Append(message).Append("\n\n");
        foreach (string name in Sections)
        {
            if (Section(page, name) is not { } body) continue;
            sb.Append("### ").Append(name).Append("\n\n").Append(body.Trim()).Append("\n\n");
        }
        if (Section(page, "Cause") is null && Section(page, "Rule description") is { } description)
            sb.Append(description.Trim()).Append("\n\n");
        sb.Append('[').Append(descriptor.Id).Append(" help page](").Append(descriptor.HelpLinkUri).Append(')');
        return sb.ToString();
    }

    /// <summary>The whole help page (the "explain this rule" command).</summary>
    public static string? Page(RuleSet rules, string ruleId)
    {
        var descriptor = rules.Descriptors.FirstOrDefault(d => d.Id == ruleId);
        return descriptor is null ? null : RuleDocs.PageFor(descriptor, rules.PacksOf(descriptor.Id));
    }

    /// <summary>The body of the <c>## name</c> section of a markdown page, or null.</summary>
    public static string? Section(string page, string name)
    {
        string heading = "## " + name;
        int start = -1;
        foreach (int i in Headings(page))
        {
            if (start >= 0) return page[start..i];
            int lineEnd = page.IndexOf('\n', i);
            string line = (lineEnd < 0 ? page[i..] : page[i..lineEnd]).TrimEnd('\r');
            if (line == heading) start = lineEnd < 0 ? page.Length : lineEnd + 1;
        }
        return start >= 0 ? page[start..] : null;
    }

    /// <summary>Offsets of the level-2 headings, skipping fenced code.</summary>
    private static IEnumerable<int> Headings(string page)
    {
        bool fenced = false;
        int offset = 0;
        foreach (string line in page.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            else if (!fenced && line.StartsWith("## ", StringComparison.Ordinal)) yield return offset;
            offset += line.Length + 1;
        }
    }
}
