using System.Globalization;
using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Web.Components.Pages.Cohorts;

/// <summary>The census's cells in words.</summary>
public static class CensusWords
{
    public static string Week(CensusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Discharged) return "discharged";
        if (row.ClientWeek == 0) return $"joins in cohort week {row.StartWeek}";
        return row.ClientWeek > row.CourseWeeks ? "course ended" : $"week {row.ClientWeek} of {row.CourseWeeks}";
    }

    public static string Share(AttendanceShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return share.Percent is { } percent
            ? $"{percent.ToString("0.#", CultureInfo.InvariantCulture)} % ({share.Present} of {share.Recorded})"
            : "none recorded";
    }

    public static string Hours(WeekHours? week)
    {
        if (week is null) return "not in the course this week";
        return $"{Number(week.Attended)} of {Number(week.Scheduled)} h{(week.Ended ? "" : " so far")}";
    }

    public static string Test(CensusTest? test) => test is null
        ? "none yet"
        : $"{test.Outcome} {test.Kind}, {test.CollectedOn.ToString("ddd d MMM", CultureInfo.InvariantCulture)}";

    /// <summary>What needs someone's attention on the row, each as a short phrase; empty when nothing does.</summary>
    public static IReadOnlyList<(string Key, string Words)> Flags(CensusRow row, decimal minimum)
    {
        ArgumentNullException.ThrowIfNull(row);
        var flags = new List<(string, string)>();
        if (row.PlanReviewOverdue)
            flags.Add(("plan", row.PlanReviewDue is { } due ? $"plan review overdue since {Day(due)}" : "plan review overdue"));
        else if (row.PlanReviewSoon && row.PlanReviewDue is { } soon)
            flags.Add(("plan", $"plan review due {Day(soon)}"));
        if (row.MissedNotMadeUp > 0)
            flags.Add(("missed", row.MissedNotMadeUp == 1 ? "1 missed session not made up" : $"{row.MissedNotMadeUp} missed sessions not made up"));
        if (row.Consent is { } consent) flags.Add(("consent", consent.Expires is null ? "no consent in effect" : consent.Sentence));
        if (row.MeasuresDue > 0) flags.Add(("measures", row.MeasuresDue == 1 ? "1 measure due" : $"{row.MeasuresDue} measures due"));
        if (row.ThisWeek is { } week && week.Shortfall != HoursShortfall.None)
            flags.Add(("hours", week.Shortfall.HasFlag(HoursShortfall.Attended)
                ? $"attended under {Number(minimum)} h this week"
                : $"scheduled under {Number(minimum)} h this week"));
        return flags;
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Day(NodaTime.LocalDate day) => day.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture);
}
