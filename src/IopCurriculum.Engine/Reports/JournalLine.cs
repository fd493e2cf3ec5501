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
    string OccurrenceKey)
{
    /// <summary>The workflow's title, or null for a line about the cohort.</summary>
    public string? WorkflowTitle { get; init; }

    /// <summary>The stage left, by its title ("" at the start).</summary>
    public string FromTitle { get; init; } = From;

    /// <summary>The stage entered, by its title.</summary>
    public string ToTitle { get; init; } = To;
}
