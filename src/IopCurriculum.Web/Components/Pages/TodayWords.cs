using System.Globalization;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Web.Components.Pages.Clients;

namespace IopCurriculum.Web.Components.Pages;

/// <summary>The home page's sentences about today's sessions and plan reviews.</summary>
public static class TodayWords
{
    public static string Time(CalendarSession s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return $"{s.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{s.Start.PlusMinutes(s.Minutes).ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The session as staff name it, with its topic and, for an individual session, whose it is.</summary>
    public static string Name(CalendarSession s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var name = s.Title is { } title ? $"{s.Label}: {title}" : $"{s.Label} ({s.TrackName})";
        return s.ClientId is { } client ? $"{name}, individual session for {client}" : name;
    }

    public static string Register(SessionToday s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Session.Cancelled) return "Cancelled";
        var listed = s.OnRegister == 1 ? "1 client" : $"{s.OnRegister} clients";
        return s.Recorded == 0 ? $"{listed}, none recorded yet"
            : s.Recorded == s.OnRegister ? $"{listed}, all recorded"
            : $"{listed}, {s.Recorded} recorded";
    }

    /// <summary>What to say when no session is today: when the next one is, or that none is planned.</summary>
    public static string NoneToday(SessionToday? next) => next is null
        ? "There are no sessions today, and none is planned after today."
        : $"There are no sessions today. The next is {Name(next.Session)} on {ChartWords.Date(next.Session.Date)} at {next.Session.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}, cohort {next.CohortId}.";

    /// <summary>When a review is or was due, spelled out rather than left to a colour.</summary>
    public static string Review(PlanReviewDue r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var date = ChartWords.Date(r.Due);
        return r.DaysLeft switch
        {
            < -1 => $"review overdue: it was due {-r.DaysLeft} days ago, on {date}",
            -1 => $"review overdue: it was due yesterday, {date}",
            0 => $"review due today, {date}",
            1 => $"review due tomorrow, {date}",
            var days => $"review due in {days} days, on {date}",
        };
    }
}
