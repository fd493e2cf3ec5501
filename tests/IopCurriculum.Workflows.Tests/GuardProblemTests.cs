using IopCurriculum.Definitions.Diagnostics;
using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>The guard language: every mistake reported at the offending word.</summary>
public class GuardProblemTests
{
    /// <summary>The guard fails to load with one problem, reported at <paramref name="at"/> (the first occurrence in the text).</summary>
    private static void Rejected(string trigger, string when, string at, string message, int occurrence = 1)
    {
        var text = WithGuard(trigger, when);
        DiagnosticAssert.Single(Parse(text), TextPosition.Of(text, at, occurrence), message);
    }

    private static string Place(string text, string needle)
    {
        var (line, column) = TextPosition.Of(text, needle);
        return $"{line}:{column}";
    }

    private static string Place(Diagnostic diagnostic) => $"{diagnostic.Location.Line}:{diagnostic.Location.Column}";

    // Syntax.

    [Fact]
    public void AnOperandMissingAtTheEnd()
    {
        var text = WithGuard("week-elapsed", "stage_weeks >=");
        var (line, column) = TextPosition.Of(text, ">=");
        DiagnosticAssert.Single(Parse(text), (line, column + 2), "expected a name, a word or a number, found the end of the condition");
    }

    [Fact]
    public void AComparisonMissing() =>
        Rejected("test-result", "result is positive", "is positive", "expected ==, !=, <, <=, > or >= after 'result', found 'is'");

    [Fact]
    public void ASingleEqualsSign() =>
        Rejected("week-elapsed", "week = 4", "= 4", "use '==' to compare, not '='");

    [Fact]
    public void AmpersandsInsteadOfAnd() =>
        Rejected("week-elapsed", "week >= 4 && stage_weeks >= 1", "&&", "unexpected '&': write 'and'");

    [Fact]
    public void SomethingAfterACompleteCondition() =>
        Rejected("week-elapsed", "week >= 4 stage_weeks >= 1", "stage_weeks >= 1", "unexpected 'stage_weeks' after a complete condition; join conditions with 'and' or 'or'");

    [Fact]
    public void AnUnclosedParenthesis()
    {
        var text = WithGuard("week-elapsed", "(week >= 4 or week <= 1");
        var (line, column) = TextPosition.Of(text, "<= 1");
        DiagnosticAssert.Single(Parse(text), (line, column + 4), "expected ')' to close the '(' before it, found the end of the condition");
    }

    [Fact]
    public void AKeywordWhereAConditionBelongs() =>
        Rejected("week-elapsed", "week >= 4 and or week <= 1", "or week", "expected a condition such as 'week >= 4', found 'or'");

    [Fact]
    public void AnEmptyCondition()
    {
        var text = WithGuard("week-elapsed", "\"  \"");
        var (line, column) = TextPosition.Of(text, "\"  \"");
        DiagnosticAssert.Single(Parse(text), (line, column + 1), "the condition is empty; leave 'when' out for a transition that always applies");
    }

    [Fact]
    public void AConditionMustBeText()
    {
        var text = WithGuard("week-elapsed", "[week >= 4]");
        DiagnosticAssert.Single(Parse(text), TextPosition.Of(text, "[week"), "'when' must be a condition such as 'stage_weeks >= 4', not a list or a mapping");
    }

    // Names.

    [Fact]
    public void AnUnknownName() =>
        Rejected("week-elapsed", "stage_week >= 4", "stage_week ", "unknown name 'stage_week' (did you mean 'stage_weeks'?)");

    [Fact]
    public void AnUnknownNameBesideAnotherWord() =>
        Rejected("test-result", "reslt == positive", "reslt", "unknown name 'reslt' (did you mean 'result'?)");

    [Theory]
    [InlineData("week-elapsed", "result == positive", "'result' is known only on test-result transitions, not on week-elapsed")]
    [InlineData("test-result", "track == ER", "'track' is known only on session-recorded transitions, not on test-result")]
    [InlineData("week-elapsed", "status == attended", "'status' is known only on session-recorded transitions, not on week-elapsed")]
    [InlineData("discharge", "target == done", "'target' is known only on clinical-override transitions, not on discharge")]
    [InlineData("test-result", "results_this_week == 0", "'results_this_week' is known only on week-elapsed transitions, not on test-result")]
    public void ANameTheTriggerDoesNotCarry(string trigger, string when, string message) =>
        Rejected(trigger, when, when, message);

    [Fact]
    public void AnUnknownFunction() =>
        Rejected("week-elapsed", "atended(ER) >= 6", "atended", "unknown function 'atended' (did you mean 'attended'?); the functions are attended(CODE), missed(CODE), score(PHQ9), item(PHQ9, 9), change(PHQ9), severity(PHQ9)");

    [Fact]
    public void ANameCalledLikeAFunction() =>
        Rejected("week-elapsed", "week(ER) >= 6", "week(", "'week' is a name, not a function: write it without brackets");

    [Fact]
    public void AFunctionWithoutItsTrack() =>
        Rejected("week-elapsed", "attended >= 6", "attended", "'attended' counts sessions of one track: write attended(ER) with the track's code");

    [Fact]
    public void AFunctionWithABadTrackCode() =>
        Rejected("week-elapsed", "attended(er) >= 6", "er)", "'er' is not a track code: upper-case letters and digits, such as ER");

    [Fact]
    public void AFunctionWithNoTrackCode() =>
        Rejected("week-elapsed", "attended() >= 6", ") >=", "expected a track code such as ER inside 'attended(...)', found ')'");

    // Types and values.

    [Fact]
    public void ANumberComparedWithAWord() =>
        Rejected("week-elapsed", "week == positive", "positive", "cannot compare the number 'week' with the word 'positive'");

    [Fact]
    public void ANumberComparedWithAMisspeltNumberName() =>
        Rejected("week-elapsed", "week >= stage_weks", "stage_weks", "cannot compare the number 'week' with the word 'stage_weks' (did you mean 'stage_weeks'?)");

    [Fact]
    public void AWordNameComparedWithANumber() =>
        Rejected("test-result", "result == 3", "3\n", "cannot compare 'result' with the number 3");

    [Fact]
    public void TwoWordNamesCompared() =>
        Rejected("session-recorded", "track == status", "status", "compare 'track' with a value, not with another name ('status')");

    [Fact]
    public void WordsAreNotOrdered() =>
        Rejected("test-result", "result < positive", "<", "'<' compares numbers; compare 'result' with == or !=");

    [Fact]
    public void AMisspeltResult() =>
        Rejected("test-result", "result == postive", "postive", "'postive' is not a result: one of negative | positive | missed | invalid (did you mean 'positive'?)");

    [Fact]
    public void AMisspeltStatus() =>
        Rejected("session-recorded", "status == attend", "attend\n", "'attend' is not a status: one of attended | late | excused | absent | cancelled (did you mean 'attended'?)");

    [Fact]
    public void ATargetThatIsNotAStage() =>
        Rejected("clinical-override", "target == dnoe", "dnoe", "'dnoe' is not a stage of this workflow (did you mean 'done'?)");

    [Fact]
    public void ATrackValueThatIsNotATrackCode() =>
        Rejected("session-recorded", "track == ic", "ic\n", "'ic' is not a track code: upper-case letters and digits, such as ER");

    [Fact]
    public void EveryProblemOfMeaningInOneGuard()
    {
        var text = WithGuard("test-result", "result == postive and track == IC");
        var result = Parse(text);
        Assert.Equal(
            [
                $"{SourceName}:{Place(text, "postive")}: error: 'postive' is not a result: one of negative | positive | missed | invalid (did you mean 'positive'?)",
                $"{SourceName}:{Place(text, "track")}: error: 'track' is known only on session-recorded transitions, not on test-result",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    // Positions inside scalars that are not plain single lines.

    [Fact]
    public void AQuotedGuardPointsInsideTheQuotes()
    {
        var text = WithGuard("test-result", "\"result == postive\"");
        Assert.Equal(Place(text, "postive"), Place(Parse(text).Diagnostics[0]));
    }

    [Fact]
    public void ASingleQuotedGuardWithAnEscapedQuote()
    {
        var text = WithGuard("test-result", "'result == positive and ''x'' == y'");
        var diagnostic = Assert.Single(Parse(text).Diagnostics);
        Assert.Equal(Place(text, "''x''"), Place(diagnostic));
        Assert.Equal("values in a condition are plain words, without quotes", diagnostic.Message);
    }

    [Fact]
    public void AGuardFoldedOverLinesPointsAtTheRightLine()
    {
        var text = WithGuard("week-elapsed", "stage_weeks >= 2 and\n      atended(ER) >= 3");
        Assert.Equal(Place(text, "atended"), Place(Assert.Single(Parse(text).Diagnostics)));
    }

    [Fact]
    public void ABlockGuardPointsAtTheRightLine()
    {
        var text = WithGuard("week-elapsed", ">\n      stage_weeks >= 2 and\n      atended(ER) >= 3");
        Assert.Equal(Place(text, "atended"), Place(Assert.Single(Parse(text).Diagnostics)));
    }

    [Fact]
    public void PositionsAreTheSameWithWindowsLineEndings()
    {
        var text = WithGuard("week-elapsed", "stage_weeks >= 2 and\n      atended(ER) >= 3").Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Place(text.Replace("\r\n", "\n", StringComparison.Ordinal), "atended"), Place(Assert.Single(Parse(text).Diagnostics)));
    }
}
