namespace IopCurriculum.Engine.Reports;

/// <summary>One cohort week's attendance over every client: the sessions recorded and those attended.</summary>
public sealed record AttendanceWeek(int Week, AttendanceShare Share);
