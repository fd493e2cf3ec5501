using IopCurriculum.Plans.Reviews;
using NodaTime;

namespace IopCurriculum.Plans.Tests.Reviews;

public sealed class PlanStandingsTests
{
    private static readonly LocalDate Signed = new(2027, 1, 6);

    [Fact]
    public void NoVersionIsNoPlan() =>
        Assert.Equal(PlanStanding.NoPlan, PlanStandings.Of([], [], 30, Signed));

    [Fact]
    public void ADraftAloneHasNoReviewDateAndCountsItsOwnGoals()
    {
        var standing = PlanStandings.Of([new PlanVersionFacts(1, null, 2, 0)], [], 30, Signed.PlusDays(90));
        Assert.Equal((PlanStatus.Draft, 1, (int?)null, (LocalDate?)null, false, 2), (standing.Status, standing.Version, standing.SignedVersion, standing.ReviewDue, standing.ReviewOverdue, standing.GoalsActive));
        Assert.Equal("draft, not signed", standing.Summary);
    }

    [Theory]
    [InlineData(30, 0, false)]
    [InlineData(30, 1, true)]
    [InlineData(14, -16, false)]
    [InlineData(14, -15, true)]
    public void TheReviewIsOverdueFromTheDayAfterItIsDue(int days, int daysAfterDue, bool overdue)
    {
        var today = Signed.PlusDays(30 + daysAfterDue);
        var standing = PlanStandings.Of([new PlanVersionFacts(1, Signed, 1, 0)], [], days, today);
        Assert.Equal(Signed.PlusDays(days), standing.ReviewDue);
        Assert.Equal(overdue, standing.ReviewOverdue);
    }

    [Fact]
    public void AReviewOfTheVersionInForceMovesTheDueDateAndAReviewOfAnotherDoesNot()
    {
        var versions = new[] { new PlanVersionFacts(1, Signed, 1, 0), new PlanVersionFacts(2, Signed.PlusDays(10), 1, 1) };
        Assert.Equal(Signed.PlusDays(40), PlanStandings.Of(versions, [(1, Signed.PlusDays(20))], 30, Signed).ReviewDue);
        Assert.Equal(Signed.PlusDays(50), PlanStandings.Of(versions, [(2, Signed.PlusDays(20))], 30, Signed).ReviewDue);
    }

    [Fact]
    public void WhileANewDraftIsWrittenTheSignedVersionStaysInForce()
    {
        var standing = PlanStandings.Of([new PlanVersionFacts(1, Signed, 1, 0), new PlanVersionFacts(2, null, 0, 1)], [], 30, Signed);
        Assert.Equal((PlanStatus.Draft, 2, (int?)1, 1, 0), (standing.Status, standing.Version, standing.SignedVersion, standing.GoalsActive, standing.GoalsAchieved));
        Assert.True(standing.HasSignedVersion);
        Assert.Equal("signed; review due 2027-02-05", standing.Summary);
    }

    [Fact]
    public void TheIntervalIsAtLeastADay() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewSchedule.Due(Signed, null, 0));
}
