using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <param name="Plan">Where the client's treatment plan stands today, so the register flags an overdue review.</param>
/// <param name="History">Every revision of the client's entry for the session, oldest first; the last is current.</param>
public sealed record SheetLine(string ClientId, string Name, IopCurriculum.Plans.Reviews.PlanStanding Plan, IReadOnlyList<AttendanceEntry> History)
{
    public AttendanceEntry? Current => History.Count == 0 ? null : History[^1];
}
