namespace IopCurriculum.Domain.Measures;

/// <summary>
/// When one instrument is asked, counted in each client's own weeks of the course (open groups: a
/// client who joins in week 8 is in their week 1): first in <see cref="FromWeek"/>, then every
/// <see cref="EveryWeeks"/> weeks (0: once), up to <see cref="UntilWeek"/> if given.
/// </summary>
public sealed record MeasureDue(MeasureId Measure, int FromWeek, int EveryWeeks, int? UntilWeek = null)
{
    /// <summary>The latest of the client's weeks, up to <paramref name="clientWeek"/>, in which the measure falls due; null before the first.</summary>
    public int? LatestDueWeek(int clientWeek)
    {
        var last = UntilWeek is { } until ? Math.Min(until, clientWeek) : clientWeek;
        if (last < FromWeek) return null;
        if (EveryWeeks == 0) return FromWeek;
        return FromWeek + (last - FromWeek) / EveryWeeks * EveryWeeks;
    }

    /// <summary>The next of the client's weeks after <paramref name="clientWeek"/> in which it falls due; null when none is left.</summary>
    public int? NextDueWeek(int clientWeek)
    {
        int next;
        if (clientWeek < FromWeek) next = FromWeek;
        else if (EveryWeeks == 0) return null;
        else next = FromWeek + ((clientWeek - FromWeek) / EveryWeeks + 1) * EveryWeeks;
        return UntilWeek is { } until && next > until ? null : next;
    }

    /// <summary>How people say it: "in week 1, then every 2 weeks".</summary>
    public string Describe()
    {
        var start = $"in week {FromWeek}";
        var then = EveryWeeks switch
        {
            0 => "",
            1 => ", then every week",
            _ => $", then every {EveryWeeks} weeks",
        };
        var until = UntilWeek is { } u && EveryWeeks > 0 ? $" to week {u}" : "";
        return start + then + until;
    }
}
