using System.Xml;
using TrialLint.Analyzers;
using TrialLint.Engine;

namespace TrialLint.Output.JUnit;

/// <summary>
/// Writes JUnit XML, which most CI systems display as test results: a test suite per report and a test case per
/// report × rule that ran. A rule with findings fails (one failure lists them all); a rule that does not apply is
/// skipped. Files that could not be analysed get a single failing case for the input findings.
/// </summary>
public sealed class JUnitWriter : FindingsWriter
{
    private readonly XmlWriter _xml;
    private RunContext? _context;

    /// <summary>Creates a writer on <paramref name="stream"/> (left open).</summary>
    public JUnitWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, CloseOutput = false, CheckCharacters = false });
    }

    /// <inheritdoc/>
    public override void Begin(RunContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _xml.WriteStartDocument();
        _xml.WriteStartElement("testsuites");
        _xml.WriteAttributeString("name", "TrialLint");
    }

    /// <inheritdoc/>
    public override void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var descriptors = _context!.Rules.Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var byRule = file.Diagnostics.Where(d => !d.IsSuppressed).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cases = file.Outcomes.Keys.Union(byRule.Keys).Order(StringComparer.Ordinal).ToList();
        int failures = cases.Count(id => byRule.ContainsKey(id));
        int skipped = cases.Count(id => !byRule.ContainsKey(id) && file.Outcomes.GetValueOrDefault(id) == RuleOutcome.NotApplicable);

        _xml.WriteStartElement("testsuite");
        _xml.WriteAttributeString("name", file.Path);
        _xml.WriteAttributeString("tests", cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("skipped", skipped.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (string id in cases)
        {
            string title = descriptors.TryGetValue(id, out var d) ? d.Title : id;
            _xml.WriteStartElement("testcase");
            _xml.WriteAttributeString("classname", file.Path);
            _xml.WriteAttributeString("name", Clean($"{id} {title}"));
            if (byRule.TryGetValue(id, out var findings))
            {
                _xml.WriteStartElement("failure");
                _xml.WriteAttributeString("type", findings.Max(f => f.Severity).ToString().ToLowerInvariant());
                _xml.WriteAttributeString("message", Clean(findings[0].Message));
                _xml.WriteString(Clean(string.Join("\n", findings.Select(f => $"{f.Location.Path}:{f.Location.StartLine}:{f.Location.StartColumn}: {f.Severity.ToString().ToLowerInvariant()} {f.Id}: {f.Message}"))));
                _xml.WriteEndElement();
            }
            else if (file.Outcomes.GetValueOrDefault(id) == RuleOutcome.NotApplicable)
            {
                _xml.WriteStartElement("skipped");
                _xml.WriteAttributeString("message", "not applicable to this trial");
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }

    /// <inheritdoc/>
    public override void End(RunSummary summary, int exitCode)
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    /// <summary>XML 1.0 cannot carry most control characters; a hostile report must not make the file unreadable.</summary>
    private static string Clean(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
                span[i] = XmlConvert.IsXmlChar(source[i]) || (char.IsSurrogate(source[i])) ? source[i] : '\uFFFD';
        });
}
