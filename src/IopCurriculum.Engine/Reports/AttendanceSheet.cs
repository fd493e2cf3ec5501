using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

public sealed record AttendanceSheet(string CohortId, CalendarSession Session, string TimeZone, IReadOnlyList<SheetLine> Lines);
