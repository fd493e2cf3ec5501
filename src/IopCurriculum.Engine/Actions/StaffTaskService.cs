using IopCurriculum.Access;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using IopCurriculum.Workflows;
using NodaTime.Extensions;

namespace IopCurriculum.Engine.Actions;

/// <summary>
/// The team's task inbox. <c>notify-team</c> puts a task in the inbox of the client's cohort
/// facilitators and the program's clinical leads; one of them marks it done or hands it on.
/// </summary>
public sealed class StaffTaskService
{
    private readonly EngineContext _context;

    internal StaffTaskService(EngineContext context) => _context = context;

    /// <summary>
    /// The task for a <c>notify-team</c> action, made the first time and found again on a repeat, so an
    /// action tried twice leaves one task. Refused when nobody could be told.
    /// </summary>
    public StaffTaskView CreateFor(ClaimedAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var clientId = action.ClientId ?? throw EngineException.Invalid($"action {action.Id} names no client, so there is no team to tell");
        var id = UnitOfWork.Run(_context, db =>
        {
            if (db.StaffTasks.AsNoTracking().SingleOrDefault(t => t.OutboxId == action.Id) is { } made) return made.Id;
            var cohort = db.Cohorts.AsNoTracking().Single(c => c.Id == action.CohortId);
            var program = db.Programs.AsNoTracking().Single(p => p.Id == cohort.ProgramId);
            var team = TeamOf(db, cohort.Id);
            if (team.Count == 0)
                throw EngineException.Invalid($"cohort {cohort.Id} has no facilitator and program {program.Id} no clinical lead with an active account, so nobody can be told");
            var now = _context.UtcNow;
            var task = new StaffTaskRecord
            {
                OutboxId = action.Id,
                ProgramId = program.Id,
                CohortId = cohort.Id,
                ClientId = clientId,
                EnrolmentId = action.EnrolmentId,
                Title = TitleOf(action),
                Note = action.Reason,
                CreatedUtc = now,
                DueUtc = now.AddHours(WithinHours(action) ?? program.TaskDueHours),
                Assignees = string.Join(',', team),
            };
            db.StaffTasks.Add(task);
            db.SaveChanges();
            db.StaffTaskEvents.Add(new StaffTaskEventRecord { TaskId = task.Id, Kind = TaskEventKinds.Created, AtUtc = now, Actor = Actors.Dispatcher, Text = $"for {string.Join(", ", team)}" });
            return task.Id;
        });
        return Require(id);
    }

    /// <summary>The cohort's assigned facilitators, then the clinical leads: active accounts only.</summary>
    internal static List<string> TeamOf(IopDbContext db, string cohortId)
    {
        var assigned = db.FacilitatorCohorts.Where(f => f.CohortId == cohortId).Select(f => f.UserId).ToList();
        var users = db.Users.AsNoTracking().Where(u => u.DisabledUtc == null).OrderBy(u => u.UserName).ToList();
        return [.. users.Where(u => assigned.Contains(u.Id)).Select(u => u.UserName)
            .Concat(users.Where(u => Roles.Parse(u.Roles).Contains(Roles.ClinicalLead)).Select(u => u.UserName))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The hours a workflow gave this one task (a safety alert's few), or null for the program's usual.</summary>
    private static int? WithinHours(ClaimedAction action) =>
        action.Arguments.GetValueOrDefault(WorkflowActionNames.WithinHoursArgument) is { } text
            && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hours) ? hours : null;

    private static string TitleOf(ClaimedAction action)
    {
        var note = action.Note?.Trim();
        if (string.IsNullOrEmpty(note)) return action.Arguments.GetValueOrDefault("stage") is { } stage ? $"Now in {stage}" : "Look at this client";
        var title = char.ToUpperInvariant(note[0]) + note[1..];
        return title.Length > 200 ? title[..200] : title;
    }

    /// <summary>The tasks in a person's inbox, open ones first by due time, then the recently done.</summary>
    public IReadOnlyList<StaffTaskView> Inbox(string userName, bool withDone = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        using var db = _context.Database.Open();
        var pattern = "," + userName.ToLowerInvariant() + ",";
        var rows = db.StaffTasks.AsNoTracking()
            .Where(t => ("," + t.Assignees.ToLower() + ",").Contains(pattern) && (withDone || t.DoneUtc == null))
            .OrderBy(t => t.DoneUtc != null).ThenBy(t => t.DueUtc).ThenBy(t => t.Id)
            .Take(500).ToList();
        return Views(db, rows);
    }

    /// <summary>Every open task of the program's clients, for leads who watch the whole team.</summary>
    public IReadOnlyList<StaffTaskView> Open(string? cohortId = null)
    {
        using var db = _context.Database.Open();
        var rows = db.StaffTasks.AsNoTracking().Where(t => t.DoneUtc == null && (cohortId == null || t.CohortId == cohortId))
            .OrderBy(t => t.DueUtc).ThenBy(t => t.Id).Take(500).ToList();
        return Views(db, rows);
    }

    /// <summary>How many open tasks are in a person's inbox.</summary>
    public int OpenCount(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        using var db = _context.Database.Open();
        var pattern = "," + userName.ToLowerInvariant() + ",";
        return db.StaffTasks.Count(t => t.DoneUtc == null && ("," + t.Assignees.ToLower() + ",").Contains(pattern));
    }

    /// <summary>A client's tasks, open and done, for the chart.</summary>
    public IReadOnlyList<StaffTaskView> OfClient(string clientId)
    {
        using var db = _context.Database.Open();
        var rows = db.StaffTasks.AsNoTracking().Where(t => t.ClientId == clientId).OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id).ToList();
        return Views(db, rows);
    }

    public StaffTaskView Require(long id)
    {
        using var db = _context.Database.Open();
        var row = db.StaffTasks.AsNoTracking().SingleOrDefault(t => t.Id == id) ?? throw EngineException.NotFound($"there is no task {id}");
        return Views(db, [row])[0];
    }

    /// <summary>Marks a task done; the note says what was done about it.</summary>
    public StaffTaskView Complete(long id, string actor, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        UnitOfWork.Run(_context, db =>
        {
            var task = Find(db, id);
            if (task.DoneUtc is not null)
                throw EngineException.Conflict($"task {id} was already marked done by {task.DoneBy}");
            var now = _context.UtcNow;
            task.DoneUtc = now;
            task.DoneBy = actor;
            task.DoneNote = string.IsNullOrWhiteSpace(note) ? null : Clip(note.Trim());
            db.StaffTaskEvents.Add(new StaffTaskEventRecord { TaskId = id, Kind = TaskEventKinds.Done, AtUtc = now, Actor = actor, Text = task.DoneNote });
            return true;
        });
        return Require(id);
    }

    /// <summary>Hands an open task to other people, saying why.</summary>
    public StaffTaskView Reassign(long id, IReadOnlyCollection<string> userNames, string actor, string reason)
    {
        ArgumentNullException.ThrowIfNull(userNames);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (string.IsNullOrWhiteSpace(reason)) throw EngineException.Invalid("say why the task is handed on: the reason is kept with it");
        var names = userNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0) throw EngineException.Invalid("name at least one person to hand the task to");
        UnitOfWork.Run(_context, db =>
        {
            var task = Find(db, id);
            if (task.DoneUtc is not null) throw EngineException.Conflict($"task {id} is done; there is nothing to hand on");
            var known = db.Users.AsNoTracking().Where(u => u.DisabledUtc == null).Select(u => u.UserName).ToList();
            var unknown = names.Where(n => !known.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
                throw EngineException.Invalid($"no active user {string.Join(", ", unknown)}: a task goes only to someone who can sign in");
            var canonical = names.Select(n => known.First(k => string.Equals(k, n, StringComparison.OrdinalIgnoreCase))).ToList();
            task.Assignees = string.Join(',', canonical);
            db.StaffTaskEvents.Add(new StaffTaskEventRecord
            {
                TaskId = id, Kind = TaskEventKinds.Reassigned, AtUtc = _context.UtcNow, Actor = actor,
                Text = Clip($"to {string.Join(", ", canonical)}: {reason.Trim()}"),
            });
            return true;
        });
        return Require(id);
    }

    private static StaffTaskRecord Find(IopDbContext db, long id) =>
        db.StaffTasks.SingleOrDefault(t => t.Id == id) ?? throw EngineException.NotFound($"there is no task {id}");

    private static List<StaffTaskView> Views(IopDbContext db, List<StaffTaskRecord> rows)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var events = db.StaffTaskEvents.AsNoTracking().Where(e => ids.Contains(e.TaskId)).OrderBy(e => e.Id).AsEnumerable()
            .ToLookup(e => e.TaskId, e => new ActionEvent(e.Kind, e.AtUtc.ToInstant(), e.Actor, e.Text));
        return [.. rows.Select(t => new StaffTaskView(t.Id, t.ProgramId, t.CohortId, t.ClientId, t.Title, t.Note,
            t.CreatedUtc.ToInstant(), t.DueUtc.ToInstant(), t.Assignees.Split(',', StringSplitOptions.RemoveEmptyEntries),
            t.DoneUtc?.ToInstant(), t.DoneBy, t.DoneNote, [.. events[t.Id]]))];
    }

    private static string Clip(string text) => text.Length > 2000 ? text[..2000] : text;
}
