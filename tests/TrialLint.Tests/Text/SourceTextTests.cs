using TrialLint.Text;

namespace TrialLint.Tests.Text;

/// <summary>
/// Line and column numbers of <see cref="SourceText"/>: 1-based lines, 1-based columns counted in UTF-16 code
/// units, and every kind of line break (LF, CRLF, lone CR) ending a line.
/// </summary>
public class SourceTextTests
{
    private static string At(SourceText source, int offset) => source.GetPosition(offset).ToString();

    [Fact]
    public void Lf_line_breaks_start_new_lines()
    {
        var source = new SourceText("t.yaml", "ab\ncd\nef");

        Assert.Equal("1:1", At(source, 0));
        Assert.Equal("1:2", At(source, 1));
        Assert.Equal("2:1", At(source, 3));   // 'c'
        Assert.Equal("2:2", At(source, 4));   // 'd'
        Assert.Equal("3:1", At(source, 6));   // 'e'
        Assert.Equal(3, source.LineCount);
    }

    [Fact]
    public void Crlf_is_one_line_break()
    {
        var source = new SourceText("t.yaml", "ab\r\ncd\r\nef");

        Assert.Equal("1:3", At(source, 2));   // '\r' ends line 1
        Assert.Equal("2:1", At(source, 4));   // 'c'
        Assert.Equal("2:2", At(source, 5));   // 'd'
        Assert.Equal("3:1", At(source, 8));   // 'e'
        Assert.Equal(3, source.LineCount);
    }

    [Fact]
    public void Lone_cr_is_a_line_break()
    {
        var source = new SourceText("t.yaml", "ab\rcd\ref");

        Assert.Equal("2:1", At(source, 3));   // 'c'
        Assert.Equal("3:2", At(source, 7));   // 'f'
        Assert.Equal(3, source.LineCount);
    }

    [Fact]
    public void Mixed_line_breaks_each_count_once()
    {
        // LF, CRLF, lone CR, then two LFs (a blank line): five breaks, six lines.
        var source = new SourceText("t.yaml", "a\nb\r\nc\rd\n\ne");

        Assert.Equal(6, source.LineCount);
        Assert.Equal("4:1", At(source, source.Text.IndexOf('d')));
        Assert.Equal("6:1", At(source, source.Text.IndexOf('e')));
        Assert.Equal(string.Empty, source.GetLineText(5));
    }

    [Fact]
    public void Last_line_without_newline_counts_and_its_end_is_after_the_last_character()
    {
        var source = new SourceText("t.yaml", "a: 1\nb: 22");

        Assert.Equal(2, source.LineCount);
        Assert.Equal("b: 22", source.GetLineText(2));
        Assert.Equal("2:6", At(source, source.Text.Length));
    }

    [Theory]
    [InlineData("first\nsecond\nthird")]
    [InlineData("first\r\nsecond\r\nthird")]
    [InlineData("first\rsecond\rthird")]
    [InlineData("first\nsecond\r\nthird\n")]
    public void GetLineText_returns_the_line_without_its_line_break(string text)
    {
        var source = new SourceText("t.yaml", text);

        Assert.Equal("first", source.GetLineText(1));
        Assert.Equal("second", source.GetLineText(2));
        Assert.Equal("third", source.GetLineText(3));
    }

    [Fact]
    public void GetLineText_keeps_blank_lines_blank()
    {
        var source = new SourceText("t.yaml", "a\r\n\r\nb");

        Assert.Equal(string.Empty, source.GetLineText(2));
        Assert.Equal("b", source.GetLineText(3));
    }

    [Fact]
    public void GetLineText_outside_the_text_is_empty()
    {
        var source = new SourceText("t.yaml", "a\nb");

        Assert.Equal(string.Empty, source.GetLineText(0));
        Assert.Equal(string.Empty, source.GetLineText(3));
    }

    [Fact]
    public void A_surrogate_pair_counts_as_two_columns()
    {
        // U+1F600 is two UTF-16 code units; SARIF's default column unit is the UTF-16 code unit.
        var source = new SourceText("t.yaml", "k: \U0001F600x\nnext");
        int x = source.Text.IndexOf('x');

        Assert.Equal("1:4", At(source, 3));    // the emoji starts at column 4
        Assert.Equal("1:6", At(source, x));    // and 'x' after it is at column 6, not 5
        Assert.Equal("2:1", At(source, source.Text.IndexOf('n')));
    }

    [Fact]
    public void A_bmp_non_ascii_character_counts_as_one_column()
    {
        var source = new SourceText("t.yaml", "café: x");

        Assert.Equal("1:7", At(source, source.Text.IndexOf('x')));
    }

    [Fact]
    public void GetOffset_is_the_inverse_of_GetPosition()
    {
        var source = new SourceText("t.yaml", "ab\r\nc\U0001F600d\re");
        for (int offset = 0; offset <= source.Text.Length; offset++)
        {
            var position = source.GetPosition(offset);
            // Offsets inside a CRLF pair share the line's end; every other offset round-trips exactly.
            if (offset == 3) continue;
            Assert.Equal(offset, source.GetOffset(position.Line, position.Column));
        }
    }

    [Fact]
    public void GetOffset_clamps_a_column_past_the_end_of_a_line_to_before_its_line_break()
    {
        var source = new SourceText("t.yaml", "ab\r\ncd");

        Assert.Equal(2, source.GetOffset(1, 100));
        Assert.Equal(6, source.GetOffset(2, 100));
    }
}
