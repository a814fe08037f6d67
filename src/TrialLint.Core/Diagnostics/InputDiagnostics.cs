namespace TrialLint.Diagnostics;

/// <summary>
/// Descriptors for findings about the input itself (TL00xx): files that cannot be read, broken YAML or JSON,
/// and reports that break the published schema. Every one is an error: a report that cannot be read cannot be
/// checked, and that must fail the run.
/// </summary>
public static class InputDiagnostics
{
    /// <summary>TL0001: the file could not be read.</summary>
    public static readonly DiagnosticDescriptor Unreadable = new(
        "TL0001", "The file could not be read",
        "The file could not be read: {reason}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "The operating system refused to read the file (it may have been removed, be locked or lack read permission).");

    /// <summary>TL0002: the file is not UTF-8 text.</summary>
    public static readonly DiagnosticDescriptor NotText = new(
        "TL0002", "The file is not a UTF-8 text report",
        "The file is not a UTF-8 text report: {reason}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "Reports are YAML or JSON text encoded as UTF-8. The file holds bytes that are not UTF-8 text, such as a binary file or text saved in another encoding.");

    /// <summary>TL0003: the file is empty.</summary>
    public static readonly DiagnosticDescriptor Empty = new(
        "TL0003", "The report is empty",
        "The report is empty: it needs at least 'format_version: 1'",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "The file holds no YAML or JSON content (only whitespace or comments).");

    /// <summary>TL0004: the file exceeds a safety limit.</summary>
    public static readonly DiagnosticDescriptor TooLarge = new(
        "TL0004", "The report exceeds a safety limit",
        "The report exceeds a safety limit: {reason}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "To stay fast and safe on hostile input, TrialLint reads reports up to 16 MB, nested at most 64 levels deep and holding at most 1,000,000 values.");

    /// <summary>TL0010: YAML syntax error.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "TL0010", "The YAML cannot be parsed",
        "The YAML cannot be parsed: {reason}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "The file is not valid YAML at this point, so nothing in it can be checked. Common causes: a tab used for indentation, a missing space after a colon, a quote that is not closed, or inconsistent indentation.");

    /// <summary>TL0011: JSON syntax error.</summary>
    public static readonly DiagnosticDescriptor JsonSyntax = new(
        "TL0011", "The JSON cannot be parsed",
        "The JSON cannot be parsed: {reason}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "The file is not valid JSON at this point, so nothing in it can be checked. Common causes: a trailing comma, a comment, single quotes, or a missing comma between members.");

    /// <summary>TL0012: a key appears twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "TL0012", "A key appears twice",
        "'{key}' appears twice here; the first one (line {firstLine}) is used and this one is ignored",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "Within one set of keys and values each key may appear once. When a key repeats, readers disagree on which value counts, so TrialLint uses the first and reports the repeat.");

    /// <summary>TL0013: YAML anchors and aliases are not accepted.</summary>
    public static readonly DiagnosticDescriptor YamlAlias = new(
        "TL0013", "YAML anchors and aliases are not supported",
        "YAML anchors and aliases ('&name', '*name') are not supported in reports; write the value out",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "Aliases let a small file expand into a huge one (the 'billion laughs' attack) and hide where a value is written. Reports write each value where it belongs.");

    /// <summary>TL0014: more than one YAML document in a file.</summary>
    public static readonly DiagnosticDescriptor MultipleDocuments = new(
        "TL0014", "A report file holds one trial",
        "This file holds a second YAML document; a report file holds one trial (only the first document is checked)",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "Each report file describes one trial. Split several trials into several files.");

    /// <summary>TL0020: missing or unsupported format version.</summary>
    public static readonly DiagnosticDescriptor FormatVersion = new(
        "TL0020", "Missing or unsupported report format version",
        "{reason}; a report starts with 'format_version: 1'",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "The format_version key says which version of the TrialLint report format the file follows. This version of TrialLint reads format version 1.");

    /// <summary>TL0021: a value has the wrong type.</summary>
    public static readonly DiagnosticDescriptor WrongType = new(
        "TL0021", "A value has the wrong type",
        "{subject} should be {expected}, but it is {actual}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "The report format (schemas/trial-report.schema.json) says what kind of value each key holds: a whole number for counts, text for descriptions, a list for arms and so on.");

    /// <summary>TL0022: a key the format does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "TL0022", "Unknown key",
        "'{key}' is not a key of {subject}{suggestion}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "The key is not part of the report format at this place, so its content would be ignored. It is often a misspelling. Keys starting with 'x-' are extensions and are always accepted.");

    /// <summary>TL0023: a value that is not allowed.</summary>
    public static readonly DiagnosticDescriptor ValueNotAllowed = new(
        "TL0023", "Value not allowed",
        "{subject} {expected}, but it is '{actual}'",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "The report format allows only certain values here: one of a fixed list of words, or text in a given shape (such as a date written YYYY-MM-DD).");

    /// <summary>TL0024: a number outside its allowed range.</summary>
    public static readonly DiagnosticDescriptor OutOfRange = new(
        "TL0024", "Number out of range",
        "{subject} {expected}, but it is {actual}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "Counts of participants cannot be negative, percentages lie between 0 and 100, P values between 0 and 1.");

    /// <summary>TL0025: a key the format requires is missing.</summary>
    public static readonly DiagnosticDescriptor RequiredKeyMissing = new(
        "TL0025", "Required key missing",
        "{subject} needs '{key}'",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "A few keys identify what the numbers belong to (for instance the arm of a group of numbers); without them the numbers cannot be checked.");

    /// <summary>TL0026: the report names a pack that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownPack = new(
        "TL0026", "Unknown rule pack",
        "'{pack}' is not a rule pack TrialLint knows ({known})",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "A report may name the packs it is checked against under 'packs'. Each must be a loaded pack (see 'triallint rules list').");

    /// <summary>TL0027: a JSON file that is neither a report nor a registry record.</summary>
    public static readonly DiagnosticDescriptor NotReportOrRecord = new(
        "TL0027", "Neither a report nor a registry record",
        "{file} is neither a TrialLint report (it has no 'format_version') nor a ClinicalTrials.gov API v2 study record (it has no 'protocolSection' and no 'studies' list)",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "TrialLint reads two kinds of JSON: its own reports (starting with \"format_version\": 1) and ClinicalTrials.gov API v2 study records (an object with \"protocolSection\", or {\"studies\": [...]} as the API returns them). It tells them apart by their content; this file is neither.");

    /// <summary>TL0028: a registry study without its protocol section.</summary>
    public static readonly DiagnosticDescriptor RecordWithoutProtocol = new(
        "TL0028", "Registry study without a protocol section",
        "{subject}, so it cannot be checked: a ClinicalTrials.gov study record starts with its protocol section (identification, status, design, arms, outcomes)",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "Every ClinicalTrials.gov API v2 study holds a protocolSection with the registered facts of the trial; the results section alone cannot be read without it. The study was skipped; the other studies of the file were still checked.");

    /// <summary>TL0029: numbers in a registry results module that cannot be tied to a group.</summary>
    public static readonly DiagnosticDescriptor RecordGroupsMissing = new(
        "TL0029", "Registry results without their groups",
        "{subject} {problem}, so its numbers cannot be tied to groups and are left out of the checks",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "Each results module of a ClinicalTrials.gov record (participant flow, baseline, outcome measures, adverse events) lists its groups (FG000, BG000, OG000, EG000 ...) and gives every number for one of them. A number for a group the module does not define cannot be checked against anything.");

    /// <summary>TL0030: a value so long that a rule's pattern could not finish on it in time.</summary>
    public static readonly DiagnosticDescriptor TooLongToCheck = new(
        "TL0030", "Text too long to check",
        "Rule {id} could not finish checking this text within its time limit ({length} characters), so it was not checked here; shorten the text or move the detail to a supplement",
        DiagnosticCategory.Input, DiagnosticSeverity.Warning,
        "Rules that read prose match patterns with a time limit, so a hostile or enormous text cannot stall a run. When a text is too long to match in time, the rule is not checked on it, and this finding says so at the text instead of failing the run.");

    /// <summary>TL0031: lists so long that a rule's nested conditions could not be tested within their limit.</summary>
    public static readonly DiagnosticDescriptor TooLargeToCheck = new(
        "TL0031", "Lists too long to check",
        "Rule {id} stopped after testing {tests} conditions on this report, the most one rule may test, so it was not checked here; the report's lists are too long for it",
        DiagnosticCategory.Input, DiagnosticSeverity.Warning,
        "Rules that test conditions over lists (all, any, count) stop after a fixed number of tests on one report, so a report with enormous lists cannot stall a run. When a rule stops, it is not checked on that report, and this finding says so instead of failing the run.");

    /// <summary>TL0032: an archive, or one entry of it, that cannot be read.</summary>
    public static readonly DiagnosticDescriptor ArchiveUnreadable = new(
        "TL0032", "Archive or archive entry cannot be read",
        "{subject} cannot be read: {reason}",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "TrialLint reads a zip archive of records (such as ClinicalTrials.gov's ctg-studies.json.zip) entry by entry without extracting it. An archive whose table of entries is missing (a download cut short) is read by the headers of its entries: every entry before the cut is checked, and the entry the file ends inside cannot be read; an entry whose compressed data is damaged (or whose CRC-32 differs), encrypted or compressed with a method other than stored or deflated cannot be read either. The other entries are still checked.");

    /// <summary>TL0033: the same registry study twice in one run.</summary>
    public static readonly DiagnosticDescriptor DuplicateStudy = new(
        "TL0033", "The same registry study appears twice",
        "{id} is also the study of {first}; a run should hold each study once, so counts per sponsor or rule are not doubled",
        DiagnosticCategory.Input, DiagnosticSeverity.Error,
        "Each ClinicalTrials.gov study has one NCT number. The same number in two entries of an archive, two lines of an NDJSON file, two studies of a page or two files of one run means the input holds a study twice (an export appended to, two downloads merged): every finding and every count about it would be doubled. Both copies are still checked.");

    /// <summary>All input descriptors, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        Unreadable, NotText, Empty, TooLarge, YamlSyntax, JsonSyntax, DuplicateKey, YamlAlias, MultipleDocuments,
        FormatVersion, WrongType, UnknownKey, ValueNotAllowed, OutOfRange, RequiredKeyMissing, UnknownPack,
        NotReportOrRecord, RecordWithoutProtocol, RecordGroupsMissing, TooLongToCheck, TooLargeToCheck,
        ArchiveUnreadable, DuplicateStudy,
    ];
}
