namespace TrialLint.Model;

/// <summary>
/// Marks a model member that is not a key of the report format (schemas/trial-report.schema.json): facts that only
/// a registry record gives (<see cref="TrialReport.Record"/>) or that the engine attaches (<see cref="TrialReport.Registered"/>).
/// Every other public property of a <see cref="ModelObject"/> is the key its snake_case name says (<c>NAnalysed</c>
/// is <c>n_analysed</c>): the binder reads it under that name, rule expressions see it under that name, and a test
/// checks that the schema, the model and docs/report-format.md list the same keys.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInReportFormatAttribute : Attribute;
