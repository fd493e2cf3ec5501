using System.Globalization;
using IopCurriculum.Domain.Guides;
using NodaTime;

namespace IopCurriculum.Guides;

/// <summary>How dates, times and labels read on a printed guide.</summary>
public static class GuideText
{
    /// <summary>An en dash between two ends of a range.</summary>
    public const string Dash = "\u2013";

    /// <summary>A middle dot between the parts of a line.</summary>
    public const string Dot = " \u00b7 ";

    public static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Span(LocalTime from, LocalTime to) => $"{Time(from)}{Dash}{Time(to)}";

    /// <summary>"Mon 1 Feb 2027".</summary>
    public static string Date(LocalDate date) => date.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>"Mon 1 Feb", for places where the year is already given.</summary>
    public static string Day(LocalDate date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>"Mon 1 Feb – Sun 7 Feb 2027".</summary>
    public static string Week(LocalDate first, LocalDate last) => $"{Day(first)} {Dash} {Date(last)}";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Minutes(int minutes) => $"{Number(minutes)} min";

    /// <summary>"1 client", "8 clients".</summary>
    public static string Clients(int count) => count == 1 ? "1 client" : $"{Number(count)} clients";

    /// <summary>A plan's note as a sentence: "moved from Mon 18 Jan …" becomes "Moved from Mon 18 Jan …".</summary>
    public static string Sentence(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Length == 0 ? note : char.ToUpperInvariant(note[0]) + note[1..];
    }

    /// <summary>The packet's running header: program, cohort and week.</summary>
    public static string PacketHead(WeekPacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return $"{packet.ProgramName}{Dot}{packet.CohortId}{Dot}Week {Number(packet.Week)} of {Number(packet.Weeks)}{Dot}{Week(packet.FirstDay, packet.LastDay)}";
    }

    /// <summary>A session's running header: its label, day and time.</summary>
    public static string SessionHead(GuideSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var when = session.Date is { } date ? $"{Day(date)} {Time(session.Start)}" : Time(session.Start);
        return $"{session.Label}{Dot}{when}";
    }
}
