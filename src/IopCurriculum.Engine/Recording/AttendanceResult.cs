using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Recording;

/// <summary>One client's attendance as recorded: the session, the entry written (a new revision) and the journal steps it fired.</summary>
public sealed record AttendanceResult(CalendarSession Session, AttendanceEntry Entry, IReadOnlyList<JournalStep> Journal);
