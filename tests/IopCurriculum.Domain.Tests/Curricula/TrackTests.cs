using IopCurriculum.Domain.Curricula;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Curricula;

public class TrackTests
{
    [Fact]
    public void FixedWeeklyTrackWithWeeksTimesPerWeekSessionsIsBuilt()
    {
        var track = Track("RP").Weeks(1, 16).On(Monday, Friday).Build();

        Assert.Equal(32, track.Sessions.Count);
        Assert.Equal("RP 32", track.Sessions[^1].Code.ToString());
    }

    [Fact]
    public void SessionsMustBeNumberedInOrder()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Track("RP").Weeks(1, 2)
            .WithSessions(TestSessions.Make("RP", 1), TestSessions.Make("RP", 3))
            .Build());

        Assert.Equal("sessions of RP must be numbered 1, 2, 3… in order: expected 2 here, found 3", error.Message);
    }

    [Fact]
    public void SessionsMustStartAtOne()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Track("RP").Weeks(1, 1)
            .WithSessions(TestSessions.Make("RP", 2))
            .Build());

        Assert.Contains("expected 1 here, found 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedWeeklyTrackNeedsWeeksTimesPerWeekSessions()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Track("RP").Weeks(1, 2).On(Monday, Friday).SessionCount(3).Build());

        Assert.Equal("track RP meets 2 time(s) a week in weeks 1-2, so its fixed sequence needs 4 sessions, not 3", error.Message);
    }

    [Fact]
    public void FixedWeeklyTrackWithTooManySessionsIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Track("FE").Weeks(1, 2).On(Wednesday).SessionCount(3).Build());

        Assert.Contains("needs 2 sessions, not 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatTrackNeedsExactlyOneSession()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            Track("UA").Weeks(1, 4).Sequence(SequenceKind.Repeat).SessionCount(2).Build());

        Assert.Equal("track UA repeats one session at every slot, so it needs exactly 1 session, not 2", error.Message);
    }

    [Fact]
    public void ATrackWithoutSessionsIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            Track("SS").Sequence(SequenceKind.TopicList).WithSessions().Build());

        Assert.Equal("track SS has no sessions", error.Message);
    }

    [Fact]
    public void TopicListTrackMayHaveAnyNumberOfSessions()
    {
        var track = Track("SS").Weeks(13, 16).On(Wednesday).Sequence(SequenceKind.TopicList).SessionCount(36).Build();

        Assert.Equal(36, track.Sessions.Count);
    }

    [Fact]
    public void PerWeekAboveTheNumberOfDaysIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Track("RP").On(Monday, Friday).PerWeek(3).Build());

        Assert.Contains("per_week is 3 but must be between 1 and the number of days listed (2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASessionOfAnotherTrackIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Track("RP").WithSessions(TestSessions.Make("ER", 1)).Build());

        Assert.Equal("session ER 1 does not belong to track RP", error.Message);
    }

    [Fact]
    public void ASessionWeekOutsideTheTrackWeeksIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Track("IC").Weeks(1, 4).AsNeeded().SessionInWeek(1, 5).Build());

        Assert.Equal("session IC 1 is set in week 5, outside its track's weeks 1-4", error.Message);
    }

    [Fact]
    public void SessionForOccurrenceFollowsTheFixedSequence()
    {
        var track = Track("RP").Weeks(1, 2).On(Monday, Friday).Build();

        Assert.Equal(1, track.SessionForOccurrence(1)!.Number);
        Assert.Equal(4, track.SessionForOccurrence(4)!.Number);
        Assert.Null(track.SessionForOccurrence(5));
    }

    [Fact]
    public void SessionForOccurrenceRepeatsTheOneSessionOfARepeatTrack()
    {
        var track = Track("UA").Weeks(1, 16).Sequence(SequenceKind.Repeat).Build();

        Assert.Same(track.Sessions[0], track.SessionForOccurrence(1));
        Assert.Same(track.Sessions[0], track.SessionForOccurrence(16));
    }

    [Fact]
    public void SessionForOccurrenceIsNullForATopicList()
    {
        var track = Track("SS").Sequence(SequenceKind.TopicList).SessionCount(5).Build();

        Assert.Null(track.SessionForOccurrence(1));
    }

    [Fact]
    public void SessionsInWeekGivesTheFixedSessionsOfThatWeek()
    {
        var track = Track("RP").Weeks(3, 6).On(Monday, Friday).Build();

        Assert.Equal([1, 2], track.SessionsInWeek(3).Select(s => s.Number));
        Assert.Equal([7, 8], track.SessionsInWeek(6).Select(s => s.Number));
        Assert.Empty(track.SessionsInWeek(2));
        Assert.Empty(track.SessionsInWeek(7));
    }

    [Fact]
    public void SessionsInWeekOfAnAsNeededTrackGivesOnlySessionsSetInThatWeek()
    {
        var track = Track("IC").Weeks(1, 16).AsNeeded().SessionInWeek(1, 1).SessionInWeek(2, 8).SessionCount(3).Build();

        Assert.Equal([1], track.SessionsInWeek(1).Select(s => s.Number));
        Assert.Equal([2], track.SessionsInWeek(8).Select(s => s.Number));
        Assert.Empty(track.SessionsInWeek(2));
    }

    [Fact]
    public void FindSessionFindsByNumberAndReturnsNullOutsideTheRange()
    {
        var track = Track("RP").Weeks(1, 2).Build();

        Assert.Equal("RP 2", track.FindSession(2)!.Code.ToString());
        Assert.Null(track.FindSession(0));
        Assert.Null(track.FindSession(3));
    }
}
