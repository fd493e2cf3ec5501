using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Transitions;

/// <summary>
/// One happening that fires a trigger: its unique key (so a repeat is a no-op), the cohort week it
/// belongs to, who caused it and why.
/// </summary>
/// <remarks>Keys come from <see cref="OccurrenceKeys"/>.</remarks>
internal sealed record Occurrence(string Key, int Week, string Actor, string? Reason = null);
