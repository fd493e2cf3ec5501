using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

public sealed record JournalLine(
    long Id,
    ZonedDateTime At,
    string CohortId,
    int Week,
    string? ClientId,
    string? Workflow,
    string Trigger,
    string From,
    string To,
    string Actor,
    string? Reason,
    string OccurrenceKey);
