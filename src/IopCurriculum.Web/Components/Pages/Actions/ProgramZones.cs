using IopCurriculum.Engine;
using IopCurriculum.Web.Components.Pages.Clients;
using NodaTime;

namespace IopCurriculum.Web.Components.Pages.Actions;

/// <summary>
/// Shows an instant as the clinic reads it, in the time zone of the program the task or action belongs
/// to. Read once per page: the programs and cohorts are few, the tasks and incidents many.
/// </summary>
public sealed class ProgramZones
{
    private readonly Dictionary<string, DateTimeZone> _programs;
    private readonly Dictionary<string, string> _programOfCohort;

    public ProgramZones(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _programs = engine.Programs.List().ToDictionary(p => p.Id, p => DateTimeZoneProviders.Tzdb.GetZoneOrNull(p.TimeZone) ?? DateTimeZone.Utc, StringComparer.Ordinal);
        _programOfCohort = engine.Reports.Cohorts().ToDictionary(c => c.Id, c => c.ProgramId, StringComparer.Ordinal);
    }

    public DateTimeZone OfProgram(string programId) => _programs.GetValueOrDefault(programId) ?? DateTimeZone.Utc;

    public DateTimeZone OfCohort(string cohortId) => OfProgram(_programOfCohort.GetValueOrDefault(cohortId) ?? "");

    /// <summary>The zones the given programs keep, for the sentence that says in which zone a page's times are.</summary>
    public string Named(IEnumerable<string> programIds) =>
        string.Join(", ", programIds.Select(OfProgram).Select(z => z.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public string ProgramOf(string cohortId) => _programOfCohort.GetValueOrDefault(cohortId) ?? "";

    public static string When(Instant at, DateTimeZone zone) => ChartWords.When(at.InZone(zone));
}
