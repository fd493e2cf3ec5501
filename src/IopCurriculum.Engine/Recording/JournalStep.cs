using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Recording;

/// <summary>
/// One journal entry a change wrote: the trigger processed, the stage before and after (the same for a
/// stay), who and why.
/// </summary>
/// <param name="InstanceId">The workflow instance; null for a cohort's own entries (its week boundaries).</param>
/// <param name="Week">The cohort week the occurrence belongs to.</param>
/// <param name="OccurrenceKey">What makes the occurrence unique, so it is never processed twice.</param>
public sealed record JournalStep(
    long Id,
    string CohortId,
    long? InstanceId,
    int Week,
    string Trigger,
    string FromStage,
    string ToStage,
    string Actor,
    DateTime AtUtc,
    string? Reason,
    string OccurrenceKey)
{
    internal static JournalStep From(JournalRecord entry) =>
        new(entry.Id, entry.CohortId, entry.InstanceId, entry.Week, entry.Trigger, entry.FromStage, entry.ToStage,
            entry.Actor, entry.AtUtc, entry.Reason, entry.OccurrenceKey);
}
