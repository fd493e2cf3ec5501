using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>Read-only views of cohorts and the journal. Names are shortened to first name and last initial.</summary>
public sealed class EngineReports
{
    private readonly EngineContext _context;
    private readonly CohortReader _snapshots;

    internal EngineReports(EngineContext context, CohortReader snapshots)
    {
        _context = context;
        _snapshots = snapshots;
    }

    public CohortStatus Status(string cohortId) => Status(_snapshots.Whole(cohortId));

    /// <summary>The cohort's status as the snapshot read it.</summary>
    public static CohortStatus Status(WholeCohort whole)
    {
        ArgumentNullException.ThrowIfNull(whole);
        var cohort = whole.Cohort;
        var record = cohort.Cohort;
        var clients = new List<ClientProgress>();
        foreach (var client in whole.Clients)
        {
            var attended = whole.Attendance(client)
                .Where(a => AttendanceWords.Parse(a.Entry.Status).Present())
                .GroupBy(a => a.Session.TrackCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var last = client.Results.OrderByDescending(r => r.CollectedOn).ThenByDescending(r => r.Id).FirstOrDefault();
            clients.Add(new ClientProgress(
                client.Enrolment.ClientId,
                client.RosterName,
                client.Enrolment.StartWeek,
                Math.Max(0, Math.Min(record.WeeksAdvanced, record.Weeks) - client.Enrolment.StartWeek + 1),
                [.. client.Instances.Select(WorkflowProgress.Of)],
                attended,
                last is null ? null : $"{last.Outcome} {last.Kind} {last.CollectedOn:yyyy-MM-dd}",
                client.Plan));
        }
        var next = record.WeeksAdvanced >= record.Weeks ? (Instant?)null : cohort.Weeks.EndOf(record.WeeksAdvanced + 1);
        return new CohortStatus(
            record.Id,
            cohort.Program.Name,
            cohort.Curriculum.Id.Value,
            string.Join(", ", cohort.Workflows),
            cohort.Zone.Id,
            cohort.Weeks.Start,
            record.Weeks,
            cohort.RunningWeek,
            record.WeeksAdvanced,
            next?.InZone(cohort.Zone),
            clients)
        { WorkflowTitles = cohort.WorkflowTitles };
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
                   select new { j, ClientId = e == null ? null : e.ClientId, Workflow = d == null ? null : d.Name, Definition = d };
        if (query.CohortId is not null) rows = rows.Where(r => r.j.CohortId == query.CohortId);
        if (query.ClientId is not null) rows = rows.Where(r => r.ClientId == query.ClientId);
        if (query.ChangesOnly) rows = rows.Where(r => r.j.FromStage != r.j.ToStage);
        var list = rows.OrderBy(r => r.j.Id).ToList();
        if (query.Last is { } last && list.Count > last) list = list[^last..];
        return [.. list.Select(r => Titled(new JournalLine(
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
            r.j.OccurrenceKey), r.Definition))];
    }

    /// <summary>The line with its workflow and stages as people name them, from the version the instance runs.</summary>
    private JournalLine Titled(JournalLine line, WorkflowDefinitionRecord? version)
    {
        if (version is null) return line;
        var definition = _context.Machine(version).Definition;
        string Words(string stage) => stage.Length == 0 ? "" : definition.StageWords(stage);
        return line with { WorkflowTitle = definition.Title, FromTitle = Words(line.From), ToTitle = Words(line.To) };
    }

}
