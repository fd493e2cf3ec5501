using System.Globalization;
using IopCurriculum.Domain.Curricula;
using NodaTime;
using NodaTime.Text;

namespace IopCurriculum.Definitions.Yaml;

/// <summary>Parsers for the small values authors write: days, times, dates and week ranges.</summary>
public static class Scalars
{
    private static readonly Dictionary<string, IsoDayOfWeek> DayNames = BuildDayNames();
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("H:mm");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public const string DayExpectation = "a day such as Mon, Tue, Wed, Thu, Fri, Sat or Sun";
    public const string TimeExpectation = "a 24-hour local time in quotes, such as \"19:00\"";
    public const string DateExpectation = "a date such as 2027-01-04";
    public const string WeeksExpectation = "a week or a range of weeks, such as 5 or \"1-16\"";

    public static IsoDayOfWeek? Day(string text) => DayNames.TryGetValue(text.Trim(), out var day) ? day : null;

    public static IReadOnlyCollection<string> DayWords => DayNames.Keys;

    public static LocalTime? Time(string text) =>
        TimePattern.Parse(text.Trim()) is { Success: true } result ? result.Value : null;

    public static LocalDate? Date(string text) =>
        DatePattern.Parse(text.Trim()) is { Success: true } result ? result.Value : null;

    /// <summary>"5" or "1-16"; null when malformed or out of order.</summary>
    public static WeekRange? Weeks(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)) return null;
        var last = first;
        if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last)) return null;
        return CurriculumRules.WeekRangeOrder(first, last) is null ? new WeekRange(first, last) : null;
    }

    private static Dictionary<string, IsoDayOfWeek> BuildDayNames()
    {
        var names = new Dictionary<string, IsoDayOfWeek>(StringComparer.OrdinalIgnoreCase);
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            var full = day.ToString();
            names[full] = day;
            names[full[..3]] = day;
        }
        return names;
    }
}
