using System.Xml;
using TrialLint.Diagnostics;
using TrialLint.Engine;

namespace TrialLint.Output.JUnit;

/// <summary>
/// Writes JUnit XML, which most CI systems display as test results: a test suite per report and a test case per
/// report × rule that ran. A rule with findings at or above the run's fail level fails (one failure lists them all);
/// findings below it leave the case passing, listed in its system-out; a rule that does not apply is skipped. Input
/// and internal findings (the file could not be checked) are errors, as JUnit counts them. UTF-8 without a BOM.
/// </summary>
public sealed class JUnitWriter : FindingsWriter
{
    private readonly XmlWriter _xml;
    private readonly DiagnosticSeverity _failLevel;
    private RunContext? _context;

    /// <summary>Creates a writer on <paramref name="stream"/> (left open) for a run that fails at <paramref name="failLevel"/>.</summary>
    public JUnitWriter(Stream stream, DiagnosticSeverity failLevel = DiagnosticSeverity.Error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _failLevel = failLevel;
        _xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, CloseOutput = false, CheckCharacters = false, Encoding = new System.Text.UTF8Encoding(false) });
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
        bool IsError(List<Diagnostic> findings) => findings.Any(f => f.Descriptor.Category is DiagnosticCategory.Input or DiagnosticCategory.Internal);
        bool Fails(List<Diagnostic> findings) => findings.Any(f => f.Severity >= _failLevel);
        int errors = byRule.Values.Count(IsError);
        int failures = byRule.Values.Count(f => !IsError(f) && Fails(f));
        int skipped = cases.Count(id => !byRule.ContainsKey(id) && file.Outcomes.GetValueOrDefault(id) == RuleOutcome.NotApplicable);

        _xml.WriteStartElement("testsuite");
        _xml.WriteAttributeString("name", file.Path);
        _xml.WriteAttributeString("tests", Number(cases.Count));
        _xml.WriteAttributeString("errors", Number(errors));
        _xml.WriteAttributeString("failures", Number(failures));
        _xml.WriteAttributeString("skipped", Number(skipped));
        foreach (string id in cases)
        {
            string title = descriptors.TryGetValue(id, out var d) ? d.Title : id;
            _xml.WriteStartElement("testcase");
            _xml.WriteAttributeString("classname", file.Path);
            _xml.WriteAttributeString("name", Clean($"{id} {title}"));
            if (byRule.TryGetValue(id, out var findings))
            {
                string listing = Clean(string.Join("\n", findings.Select(f => $"{f.Location.Path}:{f.Location.StartLine}:{f.Location.StartColumn}: {f.Severity.ToString().ToLowerInvariant()} {f.Id}: {f.Message}")));
                if (IsError(findings) || Fails(findings))
                {
                    _xml.WriteStartElement(IsError(findings) ? "error" : "failure");
                    _xml.WriteAttributeString("type", findings.Max(f => f.Severity).ToString().ToLowerInvariant());
                    _xml.WriteAttributeString("message", Clean(findings[0].Message));
                    _xml.WriteString(listing);
                    _xml.WriteEndElement();
                }
                else
                {
                    // Below the fail level: the case passes, and says what it found.
                    _xml.WriteElementString("system-out", listing);
                }
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

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
