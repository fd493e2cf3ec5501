using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Fhir.Reading;

/// <summary>A cohort with what every client's export shares: program, curriculum, weeks and the group sessions.</summary>
public sealed record CohortContext(
    CohortRecord Cohort,
    ProgramRecord Program,
    Curriculum Curriculum,
    CohortCalendar Weeks,
    IReadOnlyList<PlannedSessionRecord> GroupSessions)
{
    public DateTimeZone Zone => Weeks.Zone;

    /// <summary>The last cohort week of a client's course: one pass of the curriculum from their start, within the cohort.</summary>
    public int LastWeekFor(int startWeek) => Math.Min(Cohort.Weeks, startWeek + Curriculum.Weeks - 1);
}
