using IopCurriculum.Definitions.Yaml;
using Xunit;

namespace IopCurriculum.Definitions.Tests.Yaml;

public class SuggestionsTests
{
    [Fact]
    public void ClosestFindsTheMisspeltWord() =>
        Assert.Equal("title", Suggestions.Closest("titel", ["title", "goals"]));

    [Theory]
    [InlineData("banana")]
    [InlineData("xyz")]
    [InlineData("description")]
    public void UnrelatedWordsGetNoSuggestion(string typed) =>
        Assert.Null(Suggestions.Closest(typed, ["title", "goals"]));

    [Fact]
    public void NoKnownWordsGiveNoSuggestion() =>
        Assert.Null(Suggestions.Closest("title", []));

    [Fact]
    public void CaseIsIgnoredAndTheKnownSpellingIsReturned() =>
        Assert.Equal("per_week", Suggestions.Closest("PER_WEK", ["per_week", "weeks"]));

    [Fact]
    public void DashesAndUnderscoresAreTheSame() =>
        Assert.Equal("continues_after_program", Suggestions.Closest("continues-after-program", ["continues_after_program", "cadence"]));

    [Fact]
    public void LongerWordsTolerateMoreTypos() =>
        // Four edits in a 21-letter word are still a typo; in a five-letter word they are not.
        Assert.Equal("special_considerations", Suggestions.Closest("specal_considerashuns", ["special_considerations", "leader_notes"]));

    [Fact]
    public void ShortWordsTolerateTwoEdits()
    {
        Assert.Equal("goals", Suggestions.Closest("gols", ["goals"]));
        Assert.Equal("goals", Suggestions.Closest("golz", ["goals"]));
        Assert.Null(Suggestions.Closest("gxyz", ["goals"]));
    }

    [Fact]
    public void HintIsPhrasedForAMessage()
    {
        Assert.Equal(" (did you mean 'title'?)", Suggestions.Hint("titel", ["title", "goals"]));
        Assert.Equal("", Suggestions.Hint("banana", ["title", "goals"]));
    }

    [Fact]
    public void MisspeltDayFindsTheFullName() =>
        Assert.Equal("Monday", Suggestions.Closest("Mnday", Scalars.DayWords));
}
