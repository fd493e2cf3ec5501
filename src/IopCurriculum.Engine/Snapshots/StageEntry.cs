using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Snapshots;

/// <summary>One journaled step of a workflow instance: the stage it led to (a stay repeats the stage), and when.</summary>
/// <param name="Week">The cohort week the journal entry belongs to.</param>
public readonly record struct StageEntry(int Week, string Stage, string Trigger, DateTime AtUtc)
{
    public const string WeekElapsed = "week-elapsed";

    public bool IsDischarge => Trigger == "discharge";

    /// <summary>
    /// When the step took effect: a week boundary's at the boundary itself, however late it was processed;
    /// anything else (attendance, a clinical decision) when it was recorded.
    /// </summary>
    public Instant EffectiveAt(CohortCalendar weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        return Trigger == WeekElapsed && Week >= 1 ? weeks.EndOf(Week) : Instant.FromDateTimeUtc(AtUtc);
    }
}
