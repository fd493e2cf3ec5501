using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Engine;

/// <summary>What saving a session's register did: the session, and each client's entry that was written.</summary>
/// <param name="Unchanged">Entries that repeated the latest record and were not written again.</param>
public sealed record SessionAttendanceResult(CalendarSession Session, IReadOnlyList<AttendanceResult> Recorded, int Unchanged);
