using NodaTime;

namespace IopCurriculum.Domain.Cohorts;

/// <summary>
/// A cohort's weeks on its program's clock. Week <c>n</c> runs from local midnight of
/// <c>start + 7(n-1)</c> to local midnight seven days later; the instant between two weeks is the
/// cohort's week boundary. Boundaries are computed in the program's zone, so a daylight-saving change
/// moves the UTC instant but never the local midnight.
/// </summary>
public sealed class CohortCalendar
{
    public CohortCalendar(LocalDate start, DateTimeZone zone, int weeks)
    {
        Start = start;
        Zone = zone ?? throw new ArgumentNullException(nameof(zone));
        Weeks = Preconditions.Positive(weeks, nameof(weeks));
    }

    public LocalDate Start { get; }
    public DateTimeZone Zone { get; }
    /// <summary>How many weeks the cohort runs; its last boundary ends week <see cref="Weeks"/>.</summary>
    public int Weeks { get; }

    public LocalDate FirstDayOf(int week) => Start.PlusDays(7 * (week - 1));

    public LocalDate LastDayOf(int week) => Start.PlusDays((7 * week) - 1);

    /// <summary>The instant week <paramref name="week"/> ends and the next begins.</summary>
    public Instant EndOf(int week)
    {
        Preconditions.Positive(week, nameof(week));
        return Zone.AtStartOfDay(Start.PlusDays(7 * week)).ToInstant();
    }

    /// <summary>How many week boundaries have passed at <paramref name="now"/>, at most <see cref="Weeks"/>.</summary>
    public int BoundariesPassed(Instant now)
    {
        var today = now.InZone(Zone).Date;
        var days = Period.Between(Start, today, PeriodUnits.Days).Days;
        if (days < 7) return 0;
        var passed = Math.Min(days / 7, Weeks);
        // Local midnight is the boundary; a zone whose midnight does not exist starts the day later.
        return EndOf(passed) <= now ? passed : passed - 1;
    }

    /// <summary>The week running at <paramref name="now"/>: 0 before the start, Weeks + 1 after the end.</summary>
    public int WeekAt(Instant now)
    {
        if (now < Zone.AtStartOfDay(Start).ToInstant()) return 0;
        return BoundariesPassed(now) + 1;
    }

    /// <summary>The week a local date falls in: 0 before the start, beyond <see cref="Weeks"/> after the end.</summary>
    public int WeekOf(LocalDate date) =>
        date < Start ? 0 : (Period.Between(Start, date, PeriodUnits.Days).Days / 7) + 1;
}
