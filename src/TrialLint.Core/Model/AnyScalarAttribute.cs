namespace TrialLint.Model;

/// <summary>
/// Marks a text member whose key is read as text whatever scalar it holds (<c>phase: 1</c> as well as
/// <c>phase: "1"</c>). Other text members read only text; a value of another type reads as absent (the schema check
/// reports it).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AnyScalarAttribute : Attribute;
