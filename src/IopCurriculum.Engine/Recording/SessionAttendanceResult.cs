using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Recording;

/// <summary>What saving a session's register did: the session, and each client's entry that was written.</summary>
/// <param name="Unchanged">Entries that repeated the latest record and were not written again.</param>
public sealed record SessionAttendanceResult(CalendarSession Session, IReadOnlyList<AttendanceResult> Recorded, int Unchanged);
