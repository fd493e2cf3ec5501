using System.Globalization;
using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Reporting;

/// <summary>How enums, days and times read in reports.</summary>
public static class Labels
{
    public static string Of(Provenance provenance) => provenance switch
    {
        Provenance.Manual => "manual",
        Provenance.Adapted => "adapted",
        _ => "unverified",
    };

    public static string Of(SequenceKind sequence) => sequence switch
    {
        SequenceKind.Fixed => "fixed",
        SequenceKind.TopicList => "topic list",
        _ => "repeat",
    };

    public static string Of(TrackKind kind) => kind.ToString().ToLowerInvariant();

    public static string Days(IEnumerable<IsoDayOfWeek> days) => string.Join(", ", days.Select(Day));

    public static string Day(IsoDayOfWeek day) => day.ToString()[..3];

    public static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => date.ToString("ddd dd MMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(Instant instant) => instant.ToString("uuuu-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + " h";

    /// <summary>"RP" plus its schedule, e.g. "weeks 1-16, Mon, Fri, 2/week, 90 min".</summary>
    public static string Schedule(Track track)
    {
        var s = track.Schedule;
        var how = s.Cadence == Cadence.AsNeeded ? "as needed" : s.DrawsDays ? $"{s.PerWeek}/week on a drawn day" : $"{s.PerWeek}/week";
        var after = s.ContinuesAfterProgram ? ", continues as aftercare" : "";
        return $"weeks {s.Weeks}, {Days(s.Days)}, {how}, {track.Minutes} min from {Time(s.SuggestedStart)}{after}";
    }
}
