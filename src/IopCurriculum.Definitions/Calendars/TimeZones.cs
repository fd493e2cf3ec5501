using NodaTime;

namespace IopCurriculum.Definitions.Calendars;

/// <summary>IANA time zones by name, from the tz database NodaTime carries (no system files needed).</summary>
public static class TimeZones
{
    public static DateTimeZone? Find(string name) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(name.Trim());

    public static string UnknownMessage(string name)
    {
        var hint = Yaml.Suggestions.Hint(name, DateTimeZoneProviders.Tzdb.Ids);
        return $"'{name}' is not an IANA time zone{hint}; use a name such as America/Los_Angeles or Europe/London";
    }
}
