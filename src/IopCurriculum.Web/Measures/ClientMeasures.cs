using IopCurriculum.Domain.Measures;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Engine.Snapshots;

namespace IopCurriculum.Web.Measures;

/// <summary>What the client's measures page shows: every measure in the cohort, what is due, the tests, and the program's zone.</summary>
public sealed record ClientMeasures(
    CohortSnapshot Cohort,
    ClientSnapshot Client,
    IReadOnlyList<MeasureEntry> Entries,
    IReadOnlyList<MeasureDueItem> Due,
    MeasureSchedule Schedule)
{
    /// <summary>The client's snapshot in a cohort, their measures and what is due this week; null when the client is not enrolled there.</summary>
    public static ClientMeasures? Read(Engine.IopEngine engine, string cohortId, string clientId)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var cohort = engine.Snapshots.Cohort(cohortId);
        var client = engine.Snapshots.Clients(cohort).FirstOrDefault(c => c.Client.Id == clientId);
        if (client is null) return null;
        var schedule = Engine.Setup.ProgramService.MeasureScheduleOf(cohort.Program);
        var due = MeasuresDue.For(cohort, client, schedule, Math.Max(1, cohort.RunningWeek));
        return new ClientMeasures(cohort, client, engine.Measures.Of(cohortId, clientId), due, schedule);
    }

    /// <summary>Today in the program's zone.</summary>
    public NodaTime.LocalDate Today => Cohort.ReadAt.InZone(Cohort.Zone).Date;
}
