namespace IopCurriculum.Engine.Reports;

/// <summary>A session on today's date in its program's zone, with how far its register has got.</summary>
/// <param name="OnRegister">The clients its register lists: those expected at it and anyone already recorded.</param>
/// <param name="Recorded">The clients with attendance already recorded for it.</param>
public sealed record SessionToday(string CohortId, CalendarSession Session, int OnRegister, int Recorded);
