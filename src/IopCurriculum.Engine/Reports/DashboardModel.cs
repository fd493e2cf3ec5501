namespace IopCurriculum.Engine.Reports;

/// <summary>A cohort's dashboard: each client's progress, and the cohort's fidelity week by week.</summary>
public sealed record DashboardView(
    CohortStatus Status,
    decimal MinimumWeeklyHours,
    IReadOnlyList<ClientBoard> Clients,
    IReadOnlyList<FidelityWeek> Fidelity);

/// <param name="Tracks">Sessions attended and missed per track, from the latest entry of each.</param>
/// <param name="Hours">Each week from the client's first to the running one.</param>
public sealed record ClientBoard(
    ClientProgress Progress,
    string Name,
    IReadOnlyList<TrackTally> Tracks,
    IReadOnlyList<MissedSession> Missed,
    IReadOnlyList<WeekHours> Hours);

public sealed record TrackTally(string Track, int Attended, int Missed);

/// <summary>What a client was scheduled for and attended in one cohort week, in hours.</summary>
/// <param name="Ended">Whether the week is over; attended hours are only judged for weeks that are.</param>
public sealed record WeekHours(int Week, decimal Scheduled, decimal Attended, bool Ended, HoursShortfall Shortfall);

/// <summary>Which of a client-week's hours fall under the weekly minimum.</summary>
[Flags]
public enum HoursShortfall
{
    None = 0,
    Scheduled = 1,
    Attended = 2,
}
