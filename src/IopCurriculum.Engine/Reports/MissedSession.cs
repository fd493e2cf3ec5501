using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <param name="MadeUpWeek">The cohort week of the first later attendance of the same session; null while it is not made up.</param>
public sealed record MissedSession(long SessionId, string Label, int Week, AttendanceStatus Status, int? MadeUpWeek, long? MadeUpSessionId);
