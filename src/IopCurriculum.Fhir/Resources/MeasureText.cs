using IopCurriculum.Engine.Measures;
using NodaTime;

namespace IopCurriculum.Fhir.Resources;

/// <summary>How a recorded measure is put in words in narratives and notes.</summary>
internal static class MeasureText
{
    /// <summary>"2027-01-05 by lee: wrong client", or null for a measure that stands.</summary>
    public static string? Struck(MeasureEntry entry, DateTimeZone zone)
    {
        if (entry.StruckUtc is not { } at) return null;
        var day = SessionText.Day(Instant.FromDateTimeUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc)).InZone(zone).Date);
        return $"{day} by {entry.StruckBy}{(entry.StruckReason is { Length: > 0 } why ? $": {why}" : "")}";
    }
}
