using NodaTime;

namespace IopCurriculum.Plans.Reviews;

/// <summary>
/// When a plan falls due for review: a fixed number of days (the program's setting) after the day its
/// version in force was signed, or after its latest review, whichever is later. It is overdue from the
/// day after the due day.
/// </summary>
public static class ReviewSchedule
{
    public const int DefaultDays = 30;

    public static LocalDate Due(LocalDate signedOn, LocalDate? lastReviewOn, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var from = lastReviewOn is { } reviewed && reviewed > signedOn ? reviewed : signedOn;
        return from.PlusDays(days);
    }

    public static bool Overdue(LocalDate due, LocalDate today) => today > due;
}
