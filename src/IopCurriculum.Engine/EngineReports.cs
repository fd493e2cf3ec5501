using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Engine.Transitions;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine;

/// <summary>Read-only views of cohorts and the journal. Names are shortened to first name and last initial.</summary>
public sealed class EngineReports
{
    private readonly EngineContext _context;

    internal EngineReports(EngineContext context) => _context = context;

    public CohortStatus Status(string cohortId)
    {
        using var db = _context.Database.Open();
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var running = setting.Weeks.WeekAt(_context.Now);
        var enrolments = db.Enrolments.AsNoTracking().Include(e => e.Client).Include(e => e.Instances).ThenInclude(i => i.Definition)
            .Where(e => e.CohortId == cohort.Id).OrderBy(e => e.StartWeek).ThenBy(e => e.ClientId).ToList();
        // Names as the program chose to print them on rosters, as registers and guides show them.
        var style = RosterStyles.Parse(setting.Program.RosterNames) ?? RosterStyle.FirstNameLastInitial;
        var clients = new List<ClientProgress>();
        foreach (var enrolment in enrolments)
        {
            var attended = StageFacts.CurrentAttendance(db, enrolment.Id)
                .Where(a => AttendanceWords.Parse(a.Status).Present())
                .GroupBy(a => a.TrackCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var last = db.TestResults.AsNoTracking().Where(r => r.EnrolmentId == enrolment.Id)
                .OrderByDescending(r => r.CollectedOn).ThenByDescending(r => r.Id).FirstOrDefault();
            clients.Add(new ClientProgress(
                enrolment.ClientId,
                style.Name(enrolment.ClientId, enrolment.Client!.GivenName, enrolment.Client.FamilyName),
                enrolment.StartWeek,
                Math.Max(0, Math.Min(cohort.WeeksAdvanced, cohort.Weeks) - enrolment.StartWeek + 1),
                [.. enrolment.Instances.OrderBy(i => i.Id).Select(i => new WorkflowProgress(
                    $"{i.Definition!.Name} v{i.Definition.Version}", i.Stage, i.Active, Math.Max(0, i.WeeksProcessed - i.StageSinceWeek + 1), i.ConsecutiveNegatives))],
                attended,
                last is null ? null : $"{last.Outcome} {last.Kind} {last.CollectedOn:yyyy-MM-dd}"));
        }
        var next = cohort.WeeksAdvanced >= cohort.Weeks ? (Instant?)null : setting.Weeks.EndOf(cohort.WeeksAdvanced + 1);
        return new CohortStatus(
            cohort.Id,
            setting.Program.Name,
            setting.Curriculum.Id.Value,
            string.Join(", ", cohort.Workflows.Select(w => $"{w.Definition!.Name} v{w.Definition.Version}")),
            setting.Weeks.Zone.Id,
            setting.Weeks.Start,
            cohort.Weeks,
            running,
            cohort.WeeksAdvanced,
            next?.InZone(setting.Weeks.Zone),
            clients);
    }

    /// <summary>Every cohort with its program, start, length and progress.</summary>
    public IReadOnlyList<CohortSummary> Cohorts()
    {
        using var db = _context.Database.Open();
        return [.. db.Cohorts.AsNoTracking()
            .OrderBy(c => c.ProgramId).ThenBy(c => c.StartDate).ThenBy(c => c.Id)
            .Select(c => new CohortSummary(c.Id, c.ProgramId, c.CurriculumId, c.StartDate, c.Weeks, c.WeeksAdvanced, c.OpenGroups,
                db.Enrolments.Count(e => e.CohortId == c.Id)))];
    }

    public IReadOnlyList<JournalLine> Journal(JournalQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var db = _context.Database.Open();
        var zones = db.Cohorts.AsNoTracking().Include(c => c.Program)
            .ToDictionary(c => c.Id, c => Definitions.Calendars.TimeZones.Find(c.Program!.TimeZone) ?? DateTimeZone.Utc);
        if (query.CohortId is not null && !zones.ContainsKey(query.CohortId))
            throw EngineException.NotFound(CohortService.Unknown(db, query.CohortId));

        var rows = from j in db.Journal.AsNoTracking()
                   join i in db.Instances.AsNoTracking() on j.InstanceId equals i.Id into instances
                   from i in instances.DefaultIfEmpty()
                   join e in db.Enrolments.AsNoTracking() on i.EnrolmentId equals e.Id into enrolments
                   from e in enrolments.DefaultIfEmpty()
                   join d in db.WorkflowDefinitions.AsNoTracking() on i.DefinitionId equals d.Id into definitions
                   from d in definitions.DefaultIfEmpty()
                   select new { j, ClientId = e == null ? null : e.ClientId, Workflow = d == null ? null : d.Name };
        if (query.CohortId is not null) rows = rows.Where(r => r.j.CohortId == query.CohortId);
        if (query.ClientId is not null) rows = rows.Where(r => r.ClientId == query.ClientId);
        if (query.ChangesOnly) rows = rows.Where(r => r.j.FromStage != r.j.ToStage);
        var list = rows.OrderBy(r => r.j.Id).ToList();
        if (query.Last is { } last && list.Count > last) list = list[^last..];
        return [.. list.Select(r => new JournalLine(
            r.j.Id,
            Instant.FromDateTimeUtc(r.j.AtUtc).InZone(zones.GetValueOrDefault(r.j.CohortId, DateTimeZone.Utc)),
            r.j.CohortId,
            r.j.Week,
            r.ClientId,
            r.Workflow,
            r.j.Trigger,
            r.j.FromStage,
            r.j.ToStage,
            r.j.Actor,
            r.j.Reason,
            r.j.OccurrenceKey))];
    }

}

public sealed record CohortStatus(
    string CohortId,
    string ProgramName,
    string CurriculumId,
    string Workflows,
    string TimeZone,
    LocalDate Start,
    int Weeks,
    int RunningWeek,
    int WeeksAdvanced,
    ZonedDateTime? NextBoundary,
    IReadOnlyList<ClientProgress> Clients);

public sealed record CohortSummary(string Id, string ProgramId, string CurriculumId, DateOnly Start, int Weeks, int WeeksEnded, bool OpenGroups, int Clients);

public sealed record ClientProgress(
    string ClientId,
    string RosterName,
    int StartWeek,
    int WeeksCompleted,
    IReadOnlyList<WorkflowProgress> Workflows,
    IReadOnlyDictionary<string, int> Attended,
    string? LastResult);

public sealed record WorkflowProgress(string Workflow, string Stage, bool Active, int StageWeeks, int ConsecutiveNegatives);

public sealed record JournalQuery
{
    public string? CohortId { get; init; }
    public string? ClientId { get; init; }
    public bool ChangesOnly { get; init; }
    public int? Last { get; init; }
}

public sealed record JournalLine(
    long Id,
    ZonedDateTime At,
    string CohortId,
    int Week,
    string? ClientId,
    string? Workflow,
    string Trigger,
    string From,
    string To,
    string Actor,
    string? Reason,
    string OccurrenceKey);
