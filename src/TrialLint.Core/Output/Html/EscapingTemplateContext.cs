using Scriban;
using Scriban.Parsing;

namespace TrialLint.Output.Html;

/// <summary>
/// A Scriban context that escapes every value a template writes (<c>{{ report.title }}</c>) unless it is
/// <see cref="RawHtml"/>. Scriban does not escape by default; doing it here makes escaping the rule rather than a
/// habit each template author must remember. The templates' own literal markup is not touched.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw) return base.Write(span, raw.Html);
        string? text = textAsObject as string ?? ObjectToString(textAsObject);
        return base.Write(span, HtmlText.Escape(text));
    }
}
