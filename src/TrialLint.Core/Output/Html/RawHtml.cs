namespace TrialLint.Output.Html;

/// <summary>
/// HTML that TrialLint itself built with every piece of report text already escaped (such as the flow diagram's
/// SVG). The templates write it as it is; every other value they write is escaped.
/// </summary>
public sealed class RawHtml(string html)
{
    /// <summary>The markup.</summary>
    public string Html { get; } = html ?? throw new ArgumentNullException(nameof(html));

    /// <inheritdoc/>
    public override string ToString() => Html;
}
