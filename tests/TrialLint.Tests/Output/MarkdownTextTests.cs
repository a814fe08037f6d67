using TrialLint.Output.Markdown;

namespace TrialLint.Tests.Output;

/// <summary>Text from a report cannot end a Markdown table row, whatever line break it uses.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\r\nb")]
    [InlineData("a\u2028b")]
    [InlineData("a\u2029b")]
    [InlineData("a\u0085b")]
    public void Every_line_break_stays_inside_the_cell(string text)
    {
        string escaped = MarkdownText.Escape(text);

        Assert.DoesNotContain(escaped, c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085');
        Assert.StartsWith("a", escaped);
        Assert.EndsWith("b", escaped);
    }
}
