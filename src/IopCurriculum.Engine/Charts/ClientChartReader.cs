using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Charts;

/// <summary>
/// One client across every cohort they have been enrolled in, read through the cohort snapshots so the
/// chart shows exactly what rosters, registers and dashboards show; and finding clients by id or name.
/// </summary>
public sealed class ClientChartReader
{
    /// <summary>The longest text a search takes: longer than any client id or name a program stores.</summary>
    public const int LongestSearch = 100;

    private readonly EngineContext _context;
    private readonly CohortReader _snapshots;
    private readonly TreatmentPlanService _plans;
    private readonly DischargeSummaryService _discharges;
    private readonly Notes.ProgressNoteService _notes;

    internal ClientChartReader(EngineContext context, CohortReader snapshots, TreatmentPlanService plans, DischargeSummaryService discharges, Notes.ProgressNoteService notes)
    {
        _notes = notes;
        _context = context;
        _snapshots = snapshots;
        _plans = plans;
        _discharges = discharges;
    }

    /// <summary>The client's chart.</summary>
    /// <param name="withinCohorts">Only the enrolments in these cohorts, or every enrolment when null. A client with none of them is not found, as an unknown one.</param>
    /// <exception cref="EngineException">An unknown client, or none of their enrolments within <paramref name="withinCohorts"/>.</exception>
    public ClientChart Read(string clientId, IReadOnlyCollection<string>? withinCohorts = null)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ClientRecord? client;
        string? rosterNames;
        List<(long Id, string CohortId)> enrolments;
        using (var db = _context.Database.Open())
        {
            client = db.Clients.AsNoTracking().FirstOrDefault(c => c.Id == clientId);
            rosterNames = client is null ? null : db.Programs.AsNoTracking().Where(p => p.Id == client.ProgramId).Select(p => p.RosterNames).FirstOrDefault();
            enrolments = [.. db.Enrolments.AsNoTracking().Where(e => e.ClientId == clientId).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.CohortId }).AsEnumerable().Select(e => (e.Id, e.CohortId))];
        }
        if (withinCohorts is not null) enrolments = [.. enrolments.Where(e => withinCohorts.Contains(e.CohortId, StringComparer.Ordinal))];
        // A facilitator asking after a client of another cohort learns no more than from an id nobody uses.
        if (client is null || (withinCohorts is not null && enrolments.Count == 0))
            throw EngineException.NotFound($"no client '{clientId}'");

        var read = enrolments.Select(e => Enrolment(e.Id, e.CohortId)).OfType<(ChartEnrolment Chart, string RosterName)>().ToList();
        var name = read.Count > 0 ? read[0].RosterName : RosterName(client, rosterNames);
        return new ClientChart(client.Id, name, [.. read.Select(r => r.Chart)]);
    }

    /// <summary>
    /// Clients whose id, given name, family name or full name begins with <paramref name="text"/>, ignoring
    /// case, in id order. Blank text finds nobody.
    /// </summary>
    /// <param name="withinCohorts">Only clients enrolled in these cohorts, each with only these cohorts listed; every client when null.</param>
    /// <exception cref="EngineException">Text longer than <see cref="LongestSearch"/>.</exception>
    public IReadOnlyList<ClientMatch> Find(string? text, int limit = 20, IReadOnlyCollection<string>? withinCohorts = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var wanted = (text ?? "").Trim();
        if (wanted.Length == 0) return [];
        if (wanted.Length > LongestSearch)
            throw EngineException.Invalid($"a search is at most {LongestSearch} characters; this one has {wanted.Length}");
        var lower = wanted.ToLowerInvariant();
        var within = withinCohorts?.ToList();

        using var db = _context.Database.Open();
        // The database compares: lower() on both sides is what SQLite and PostgreSQL translate, where a
        // StringComparison overload would not translate at all.
#pragma warning disable CA1862
        var query = db.Clients.AsNoTracking().Where(c =>
            c.Id.ToLower().StartsWith(lower)
            || c.GivenName.ToLower().StartsWith(lower)
            || c.FamilyName.ToLower().StartsWith(lower)
            || (c.GivenName + " " + c.FamilyName).ToLower().StartsWith(lower));
#pragma warning restore CA1862
        if (within is not null) query = query.Where(c => db.Enrolments.Any(e => e.ClientId == c.Id && within.Contains(e.CohortId)));
        var found = query.OrderBy(c => c.Id).Take(limit).ToList();
        if (found.Count == 0) return [];

        var ids = found.Select(c => c.Id).ToList();
        var cohorts = db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.ClientId)).OrderBy(e => e.Id)
            .Select(e => new { e.ClientId, e.CohortId }).AsEnumerable()
            .Where(e => within is null || within.Contains(e.CohortId, StringComparer.Ordinal))
            .ToLookup(e => e.ClientId, e => e.CohortId, StringComparer.Ordinal);
        var programIds = found.Select(c => c.ProgramId).Distinct().ToList();
        var styles = db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).ToDictionary(p => p.Id, p => p.RosterNames, StringComparer.Ordinal);
        return [.. found.Select(c => new ClientMatch(c.Id, RosterName(c, styles.GetValueOrDefault(c.ProgramId)), [.. cohorts[c.Id].Distinct(StringComparer.Ordinal)]))];
    }

    private static string RosterName(ClientRecord client, string? rosterNames) =>
        (RosterStyles.Parse(rosterNames) ?? RosterStyle.FirstNameLastInitial).Name(client.Id, client.GivenName, client.FamilyName);

    /// <summary>The enrolment as its cohort's snapshot reads it; null when it went between the two reads.</summary>
    private (ChartEnrolment, string)? Enrolment(long enrolmentId, string cohortId)
    {
        var cohort = _snapshots.Cohort(cohortId);
        if (_snapshots.Clients(cohort, enrolmentIds: [enrolmentId]).FirstOrDefault() is not { } client) return null;
        var zone = cohort.Zone;
        var sessions = cohort.GroupSessions.Concat(client.OwnSessions).ToDictionary(s => s.Id);
        var attendance = client.Attendance.Values
            .Where(a => sessions.ContainsKey(a.PlannedSessionId))
            .Select(a => (Track: sessions[a.PlannedSessionId].TrackCode, Status: AttendanceWords.Parse(a.Status)))
            .Where(a => a.Status != AttendanceStatus.CancelledByProgram)
            .GroupBy(a => a.Track, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TrackTally(g.Key, g.Count(a => a.Status.Present()), g.Count(a => MakeUps.Missed(a.Status))))
            .ToList();
        var chart = new ChartEnrolment(
            cohort.Cohort.Id,
            cohort.Program.Id,
            cohort.Program.Name,
            zone.Id,
            client.Enrolment.StartWeek,
            client.Active,
            [.. client.Instances.Select(WorkflowProgress.Of)],
            [.. client.Instances.SelectMany(i => Entered(i, cohort))],
            attendance,
            [.. client.Results.Select(r => new ChartResult(LocalDate.FromDateOnly(r.CollectedOn), r.Kind, r.Outcome, r.Substances))],
            _plans.Read(cohort.Cohort.Id, client.Enrolment.ClientId),
            _discharges.Read(cohort.Cohort.Id, client.Enrolment.ClientId),
            _notes.ForClient(cohort, client));
        return (chart, client.RosterName);
    }

    /// <summary>The steps that moved the instance into a stage; a stay repeats the stage and adds nothing a reader needs.</summary>
    private static IEnumerable<ChartStep> Entered(InstanceSnapshot instance, CohortSnapshot cohort)
    {
        string? previous = null;
        foreach (var step in instance.Steps)
        {
            if (step.Stage == previous) continue;
            previous = step.Stage;
            yield return new ChartStep(instance.Definition.Title, step.Week, step.Stage, instance.StageWords(step.Stage), step.Trigger, step.EffectiveAt(cohort.Weeks).InZone(cohort.Zone).LocalDateTime);
        }
    }
}
