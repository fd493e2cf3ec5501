using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <param name="At">When it was recorded, in the program's local time.</param>
public sealed record AttendanceEntry(int Revision, string Status, string? Note, string Actor, LocalDateTime At);
