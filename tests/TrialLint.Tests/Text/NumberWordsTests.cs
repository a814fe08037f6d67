using TrialLint.Text;

namespace TrialLint.Tests.Text;

/// <summary>The one reading of number words that TL0103, TL0712/TL0713 and outcome matching share.</summary>
public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("zero", 0)]
    [InlineData("Eight", 8)]
    [InlineData("nineteen", 19)]
    [InlineData("twenty", 20)]
    [InlineData("twenty-one", 21)]
    [InlineData("NINETY-nine", 99)]
    public void Reads_number_words(string word, int expected)
    {
        Assert.True(NumberWords.TryParse(word, out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("8")]
    [InlineData("hundred")]
    [InlineData("twenty-ten")]
    [InlineData("twenty-zero")]
    [InlineData("eight-one")]
    [InlineData("-one")]
    [InlineData("eighty-")]
    [InlineData("")]
    public void Refuses_what_is_not_a_number_word(string word) => Assert.False(NumberWords.TryParse(word, out _));
}
