using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>A session a client has an attendance entry for, with the latest status.</summary>
/// <param name="Group">False for individual and testing sessions, which are booked or drawn rather than repeated.</param>
public sealed record RecordedSession(long SessionId, string Track, int? Number, int Week, Instant Start, bool Group, AttendanceStatus Status);
