using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Guides;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Guides.Tests.Support;
using NodaTime;

namespace IopCurriculum.Guides.Tests.Packets;

/// <summary>What the engine hands the guides for a cohort's week.</summary>
[Collection(nameof(SharedCohort))]
public class WeekPacketSourceTests(CohortFixture cohort)
{
    [Fact]
    public void ThePacketCoversTheCohortWeekInTheProgramsZone()
    {
        var packet = cohort.Packet(2);

        Assert.Equal(new LocalDate(2027, 1, 11), packet.FirstDay);
        Assert.Equal(new LocalDate(2027, 1, 17), packet.LastDay);
        Assert.Equal("America/Los_Angeles", packet.TimeZone);
        Assert.Equal(16, packet.Weeks);
        Assert.All(packet.Sessions, s => Assert.InRange(s.Date!.Value, packet.FirstDay, packet.LastDay));
        Assert.Equal(packet.Sessions.OrderBy(s => s.Date).ThenBy(s => s.Start).Select(s => s.Label), packet.Sessions.Select(s => s.Label));
    }

    [Fact]
    public void EachClientInTreatmentIsListedWithTheMeasuresTheyOweThatWeek()
    {
        var packet = cohort.Packet(2);
        var byClient = packet.MeasuresDue.ToDictionary(m => m.Client);

        // Joined in week 2: their first week, every measure due and none overdue.
        var kira = byClient["Kira V."];
        Assert.Equal(4, kira.Measures.Count);
        Assert.Empty(kira.Overdue);
        // Joined in week 1 and never measured: the weekly ones due again, the week-1 ones overdue.
        var ana = byClient["Ana L."];
        Assert.Equal(["Patient Health Questionnaire-9 (PHQ-9)", "Generalized Anxiety Disorder 7-item scale (GAD-7)", "Brief Addiction Monitor (BAM)", "Craving (0-10)"], ana.Measures);
        Assert.Equal(["Patient Health Questionnaire-9 (PHQ-9)", "Generalized Anxiety Disorder 7-item scale (GAD-7)"], ana.Overdue);
        Assert.DoesNotContain("Jon A.", byClient.Keys);
        Assert.Equal(byClient.Keys.Order(StringComparer.Ordinal), packet.MeasuresDue.Select(m => m.Client));
    }

    [Fact]
    public void TheComingWeekIsTheOneAfterTodays()
    {
        var source = new WeekPacketSource(cohort.Engine);

        Assert.Equal(1, source.ComingWeek(CohortFixture.CohortId));
    }

    [Fact]
    public void AnUnknownCohortOrAWeekOutsideItIsRefused()
    {
        var source = new WeekPacketSource(cohort.Engine);

        Assert.Equal(ProblemKind.NotFound, Assert.Throws<EngineException>(() => source.Read("nowhere", 1)).Kind);
        var outside = Assert.Throws<EngineException>(() => source.Read(CohortFixture.CohortId, 17));
        Assert.Equal(ProblemKind.Invalid, outside.Kind);
        Assert.Contains("runs weeks 1 to 16", outside.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownRosterStyleIsRefusedWhenTheProgramIsCreated()
    {
        var refused = Assert.Throws<EngineException>(() => cohort.Engine.Programs.Create("southside", "Southside", "America/Los_Angeles", null, "full-name"));

        Assert.Contains("first-name-last-initial, initials, client-id", refused.Message, StringComparison.Ordinal);
    }
}
