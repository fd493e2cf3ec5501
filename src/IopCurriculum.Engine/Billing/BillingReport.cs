using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Notes.Billing;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Billing;

/// <summary>
/// Billing-ready days, read from one snapshot of the cohort: per client per day of a week, the minutes
/// attended by service (group and individual sessions; testing is not a counted service), the program's
/// rules and every reason a day cannot be billed yet. Nothing here submits a claim.
/// </summary>
public sealed class BillingReport
{
    private readonly CohortReader _snapshots;

    internal BillingReport(CohortReader snapshots) => _snapshots = snapshots;

    public BillingWeek Week(string cohortId, int week)
    {
        var whole = _snapshots.Whole(cohortId);
        var cohort = whole.Cohort;
        if (week < 1 || week > cohort.Cohort.Weeks)
            throw EngineException.Invalid($"week {week}: cohort {cohort.Cohort.Id} runs weeks 1 to {cohort.Cohort.Weeks}");
        var sessions = whole.Sessions.Where(s => s.Week == week && s.Status != "cancelled" && Counted(cohort.Curriculum, s)).ToList();
        var facts = new List<ClientDayFacts>();
        foreach (var client in whole.Clients)
        {
            var theirs = sessions.Where(s => client.Attendance.ContainsKey(s.Id) || (client.ExpectedAt(s) && Ended(s, cohort.ReadAt))).ToList();
            foreach (var day in theirs.GroupBy(s => Local(s.StartUtc, cohort.Zone).Date).OrderBy(g => g.Key))
            {
                var services = new List<AttendedService>();
                var unrecorded = new List<string>();
                foreach (var session in day)
                {
                    var entry = client.Attendance.GetValueOrDefault(session.Id);
                    if (entry is null) { unrecorded.Add(SessionLabels.Of(session)); continue; }
                    if (entry.Status is not ("attended" or "late")) continue;
                    var note = client.Notes.FirstOrDefault(n => n.PlannedSessionId == session.Id);
                    services.Add(new AttendedService(session.TrackCode, SessionLabels.Of(session), note?.Minutes ?? session.Minutes, StateOf(note)));
                }
                var standing = client.PlanHistory.StandingOn(day.Key);
                facts.Add(new ClientDayFacts(client.Enrolment.ClientId, day.Key, week, services, unrecorded, standing.HasSignedVersion, standing.ReviewOverdue));
            }
        }
        var rules = cohort.Calendar.BillingRules;
        return new BillingWeek(cohort.Cohort.Id, cohort.Program.Id, week, cohort.Weeks.FirstDayOf(week), cohort.Weeks.LastDayOf(week), rules,
            [.. BillingDays.Judge(facts, rules).OrderBy(d => d.Date).ThenBy(d => d.ClientId, StringComparer.Ordinal)]);
    }

    private static NoteState StateOf(ProgressNoteRecord? note) => note switch
    {
        null => NoteState.Missing,
        { SignedUtc: null } => NoteState.Draft,
        { CoSignatureRequired: true, CoSignedUtc: null } => NoteState.AwaitingCoSignature,
        _ => NoteState.Complete,
    };

    private static bool Counted(Curriculum curriculum, PlannedSessionRecord session) =>
        curriculum.FindTrack(new TrackCode(session.TrackCode))?.Kind is TrackKind.Group or TrackKind.Individual;

    private static bool Ended(PlannedSessionRecord session, Instant now) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(session.StartUtc, DateTimeKind.Utc)).Plus(Duration.FromMinutes(session.Minutes)) <= now;

    private static LocalDateTime Local(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
}
