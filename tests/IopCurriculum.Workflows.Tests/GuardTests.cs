using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Workflows.Tests.Support;
using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>The guard language: what it means, and every mistake reported at the offending word.</summary>
public class GuardTests
{
    private static string WithGuard(string trigger, string when) =>
        Minimal($"  - from: only\n    on: {trigger}\n    when: {when}\n    to: done");

    private static GuardExpression Compiled(string when, string trigger = "week-elapsed")
    {
        var result = Parse(WithGuard(trigger, when));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value.Transitions[0].When!;
    }

    /// <summary>The guard fails to load with one problem, reported at <paramref name="at"/> (the first occurrence in the text).</summary>
    private static void Rejected(string trigger, string when, string at, string message, int occurrence = 1)
    {
        var text = WithGuard(trigger, when);
        DiagnosticAssert.Single(Parse(text), TextPosition.Of(text, at, occurrence), message);
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(2, 0, false)]
    [InlineData(2, 9, true)]
    [InlineData(3, 9, false)]
    public void AndBindsTighterThanOr(int week, int stageWeeks, bool holds)
    {
        var guard = Compiled("week == 1 or week == 2 and stage_weeks == 9");
        Assert.Equal(holds, guard.Evaluate(new WorkflowFacts { Week = week, StageWeeks = stageWeeks }));
    }

    [Theory]
    [InlineData(1, 0, false)]
    [InlineData(1, 9, true)]
    [InlineData(3, 9, false)]
    public void ParenthesesGroup(int week, int stageWeeks, bool holds)
    {
        var guard = Compiled("(week == 1 or week == 2) and stage_weeks == 9");
        Assert.Equal(holds, guard.Evaluate(new WorkflowFacts { Week = week, StageWeeks = stageWeeks }));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void NotNegatesTheComparisonAfterIt(int week, bool holds)
    {
        var guard = Compiled("not week >= 3 and not not week > 0");
        Assert.Equal(holds, guard.Evaluate(new WorkflowFacts { Week = week }));
    }

    [Theory]
    [InlineData("week < 4", 3, true)]
    [InlineData("week < 4", 4, false)]
    [InlineData("week <= 4", 4, true)]
    [InlineData("week > 4", 4, false)]
    [InlineData("week >= 4", 4, true)]
    [InlineData("week != 4", 4, false)]
    [InlineData("4 == week", 4, true)]
    public void NumberComparisons(string when, int week, bool holds) =>
        Assert.Equal(holds, Compiled(when).Evaluate(new WorkflowFacts { Week = week }));

    [Fact]
    public void TrackCountsReadTheFactsAndATrackNotListedCountsZero()
    {
        var guard = Compiled("attended(ER) >= 6 and missed(ER) <= 1 and attended(RP) == 0");
        var counts = new Dictionary<string, int> { ["ER"] = 6 };
        Assert.True(guard.Evaluate(new WorkflowFacts { Attended = counts, Missed = new Dictionary<string, int> { ["ER"] = 1 } }));
        Assert.False(guard.Evaluate(new WorkflowFacts { Attended = counts, Missed = new Dictionary<string, int> { ["ER"] = 2 } }));
        Assert.False(guard.Evaluate(WorkflowFacts.None));
        Assert.Equal(["ER", "RP"], guard.TrackCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OtherFactsHaveTheirNames()
    {
        var guard = Compiled("consecutive_negatives >= 3 and results_this_week == 0");
        Assert.True(guard.Evaluate(new WorkflowFacts { ConsecutiveNegatives = 3 }));
        Assert.False(guard.Evaluate(new WorkflowFacts { ConsecutiveNegatives = 3, ResultsThisWeek = 1 }));
    }

    [Fact]
    public void WordsCompareWithSymbolFactsAndAMissingFactEqualsNothing()
    {
        var guard = Compiled("track == IC and status != absent", "session-recorded");
        Assert.True(guard.Evaluate(new WorkflowFacts { Track = "IC", Status = "late" }));
        Assert.False(guard.Evaluate(new WorkflowFacts { Track = "IC", Status = "absent" }));
        Assert.False(guard.Evaluate(new WorkflowFacts { Track = "ER", Status = "attended" }));
        Assert.False(guard.Evaluate(new WorkflowFacts { Status = "attended" }));
        Assert.Equal(["IC"], guard.TrackCodes);
    }

    [Fact]
    public void AValueMayStandOnTheLeft() =>
        Assert.True(Compiled("positive == result", "test-result").Evaluate(new WorkflowFacts { Result = "positive" }));

    [Fact]
    public void MissedIsATestResultBesideResultAndACountWithATrack()
    {
        Assert.True(Compiled("result == missed", "test-result").Evaluate(new WorkflowFacts { Result = "missed" }));
        Assert.True(Compiled("missed(ER) >= 2").Evaluate(new WorkflowFacts { Missed = new Dictionary<string, int> { ["ER"] = 2 } }));
    }

    [Fact]
    public void TargetTakesStageNamesWithDashes() =>
        Assert.True(Compiled("target == done", "clinical-override").Evaluate(new WorkflowFacts { Target = "done" }));

    [Fact]
    public void TextIsKeptAsWritten()
    {
        var guard = Compiled("stage_weeks   >= 4");
        Assert.Equal("stage_weeks   >= 4", guard.Text);
        Assert.Equal(guard.Text, guard.ToString());
        Assert.Equal(["stage_weeks"], guard.Names);
    }

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
        Rejected("week-elapsed", "atended(ER) >= 6", "atended", "unknown function 'atended' (did you mean 'attended'?); the functions are attended(CODE) and missed(CODE)");

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

    private static string Place(string text, string needle)
    {
        var (line, column) = TextPosition.Of(text, needle);
        return $"{line}:{column}";
    }

    private static string Place(Diagnostic diagnostic) => $"{diagnostic.Location.Line}:{diagnostic.Location.Column}";
}
