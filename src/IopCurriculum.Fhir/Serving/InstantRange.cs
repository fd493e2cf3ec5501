using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Fhir.Serving;

/// <summary>
/// A <c>_lastUpdated</c> condition: a prefix and the span of time its value stands for at the precision
/// given (a year, a month, a day, or an instant), so <c>ge2027-02</c> means from the first of February.
/// </summary>
public sealed record InstantRange(string Prefix, DateTime StartUtc, DateTime EndUtc)
{
    public static readonly IReadOnlyList<string> Prefixes = ["eq", "gt", "ge", "lt", "le"];

    private static readonly string[] Unsupported = ["ne", "sa", "eb", "ap"];

    public bool Matches(DateTime instantUtc) => Prefix switch
    {
        "gt" => instantUtc >= EndUtc,
        "ge" => instantUtc >= StartUtc,
        "lt" => instantUtc < StartUtc,
        "le" => instantUtc < EndUtc,
        _ => instantUtc >= StartUtc && instantUtc < EndUtc,
    };

    public static InstantRange Parse(string parameter, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prefix = "eq";
        var value = text;
        if (text.Length >= 2 && char.IsAsciiLetterLower(text[0]) && char.IsAsciiLetterLower(text[1]))
        {
            prefix = text[..2];
            value = text[2..];
            if (Unsupported.Contains(prefix))
                throw EngineException.Invalid($"{parameter}: the prefix '{prefix}' is not supported; use eq, gt, ge, lt or le");
            if (!Prefixes.Contains(prefix))
                throw EngineException.Invalid($"{parameter}: '{prefix}' is not a search prefix; use eq, gt, ge, lt or le before the date");
        }
        var (start, end) = Span(value) ?? throw EngineException.Invalid(
            $"{parameter}: '{value}' is not a FHIR date or instant; give yyyy, yyyy-mm, yyyy-mm-dd or yyyy-mm-ddThh:mm:ss with Z or an offset");
        return new InstantRange(prefix, start, end);
    }

    /// <summary>An instant with its date, time and zone, as Bulk Data's <c>_since</c> takes it.</summary>
    public static DateTimeOffset ParseInstant(string parameter, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('T', StringComparison.Ordinal) && Span(text) is var (start, _)
            ? new DateTimeOffset(start)
            : throw EngineException.Invalid($"{parameter}: '{text}' is not a FHIR instant; give a date, time and zone such as 2027-02-01T08:00:00Z");
    }

    private static (DateTime, DateTime)? Span(string value)
    {
        var c = CultureInfo.InvariantCulture;
        var utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (value.Length == 4 && DateTime.TryParseExact(value, "yyyy", c, utc, out var year)) return (year, year.AddYears(1));
        if (value.Length == 7 && DateTime.TryParseExact(value, "yyyy-MM", c, utc, out var month)) return (month, month.AddMonths(1));
        if (value.Length == 10 && DateTime.TryParseExact(value, "yyyy-MM-dd", c, utc, out var day)) return (day, day.AddDays(1));
        // A time needs its zone: without one the same text would mean a different instant on each server.
        var t = value.IndexOf('T', StringComparison.Ordinal);
        var zoned = t > 0 && (value.EndsWith('Z') || value.IndexOf('+', t) > 0 || value.IndexOf('-', t) > 0);
        if (!zoned) return null;
        string[] formats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        if (!DateTimeOffset.TryParseExact(value, formats, c, DateTimeStyles.None, out var instant)) return null;
        var precision = value.Count(ch => ch == ':') switch
        {
            _ when value.Contains('.', StringComparison.Ordinal) => TimeSpan.FromMilliseconds(1),
            >= 2 when value.EndsWith('Z') => TimeSpan.FromSeconds(1),
            >= 3 => TimeSpan.FromSeconds(1),
            _ => TimeSpan.FromMinutes(1),
        };
        return (instant.UtcDateTime, instant.UtcDateTime + precision);
    }
}
