using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Simulation;

/// <summary>
/// Runs one cohort through its course on a simulated clock: clients join over the first weeks, attend
/// (or miss) the sessions their stage calls for, give weekly test results, and now and then need a
/// clinician's decision. Everything goes through the same services a program uses, so the journal it
/// leaves is the engine's real output. The same seed gives the same course.
/// </summary>
public sealed class CohortSimulation
{
    private static readonly string[] GivenNames = ["Alex", "Blake", "Casey", "Dana", "Eli", "Frankie", "Gray", "Harper", "Indy", "Jordan", "Kai", "Lee", "Morgan", "Noor", "Oakley", "Parker"];
    private static readonly string[] FamilyNames = ["Example", "Sample", "Fictive", "Madeup", "Placeholder", "Synthetic"];

    private readonly SimulationOptions _options;
    private readonly Random _random;
    private readonly SimulatedClock _clock;
    private readonly IopEngine _engine;
    private readonly Dictionary<string, double> _adherence = new(StringComparer.Ordinal);

    public CohortSimulation(SimulationOptions options, IopDatabase database)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _random = new Random(options.Seed);
        var zone = DateTimeZoneProviders.Tzdb[options.TimeZone];
        // The program is set up the Friday before the cohort starts.
        _clock = new SimulatedClock(zone.AtStartOfDay(options.Start.PlusDays(-3)).PlusHours(9).ToDateTimeOffset());
        _engine = new IopEngine(database, _clock);
    }

    public IopEngine Engine => _engine;

    public SimulationResult Run()
    {
        _engine.Programs.Create("simulated", "Simulated program", _options.TimeZone, _options.CalendarPath);
        var cohort = _engine.Cohorts.Create(new CohortRequest
        {
            ProgramId = "simulated",
            CurriculumPath = _options.CurriculumPath,
            WorkflowPaths = _options.WorkflowPaths,
            Start = _options.Start,
            Weeks = _options.Weeks,
            Seed = _options.Seed,
            Actor = "simulation",
        });
        var admissions = Admissions(cohort.Weeks);
        var zone = DateTimeZoneProviders.Tzdb[_options.TimeZone];
        var calendar = new CohortCalendar(_options.Start, zone, cohort.Weeks);

        for (var week = 1; week <= cohort.Weeks; week++)
        {
            MoveTo(zone.AtStartOfDay(calendar.FirstDayOf(week)).PlusHours(8).ToInstant());
            foreach (var (client, _) in admissions.Where(a => a.Week == week))
                Enrol(cohort.Id, client, week);
            foreach (var session in SessionsOf(cohort.Id, week))
            {
                MoveTo(Instant.FromDateTimeUtc(session.StartUtc).Plus(Duration.FromMinutes(session.Minutes)));
                Attend(cohort.Id, session, week);
            }
            ClinicalEvents(cohort.Id, week);
            // The scheduler wakes five minutes after the local midnight that ends the week.
            MoveTo(calendar.EndOf(week).Plus(Duration.FromMinutes(5)));
            _engine.Weeks.AdvanceDue(cohort.Id);
        }
        return new SimulationResult(cohort.Id, _engine.Reports.Status(cohort.Id), _engine.Reports.Journal(new JournalQuery { CohortId = cohort.Id, ChangesOnly = _options.ChangesOnly }));
    }

    /// <summary>Half the clients start in week 1; the rest join one at a time over the following weeks.</summary>
    private List<(string Client, int Week)> Admissions(int weeks)
    {
        var list = new List<(string, int)>();
        var lastJoin = Math.Max(1, Math.Min(weeks, 8));
        for (var i = 0; i < _options.Clients; i++)
        {
            var week = i < (_options.Clients + 1) / 2 ? 1 : _random.Next(2, lastJoin + 1);
            list.Add(($"C-{1001 + i}", week));
        }
        return [.. list.OrderBy(a => a.Item2).ThenBy(a => a.Item1, StringComparer.Ordinal)];
    }

    private void Enrol(string cohortId, string client, int week)
    {
        var index = int.Parse(client.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) - 1001;
        _adherence[client] = 0.6 + (_random.NextDouble() * 0.38);
        _engine.Enrolments.Enrol(new EnrolRequest
        {
            CohortId = cohortId,
            ClientId = client,
            GivenName = GivenNames[index % GivenNames.Length],
            FamilyName = FamilyNames[index % FamilyNames.Length],
            Week = week,
            Actor = "simulation",
        });
    }

    private List<PlannedSessionRecord> SessionsOf(string cohortId, int week) =>
        [.. _engine.Snapshots.Sessions(_engine.Snapshots.Cohort(cohortId)).Where(s => s.Week == week && s.Status != "cancelled")];

    /// <summary>Each active client expected at the session attends, or not, by their own adherence.</summary>
    private void Attend(string cohortId, PlannedSessionRecord session, int week)
    {
        // Read afresh for every session: recording attendance can move a client to another stage.
        var whole = _engine.Snapshots.Whole(cohortId);
        var track = whole.Cohort.Track(session.TrackCode)!;
        var expected = whole.Clients
            .Where(c => c.Active && c.Enrolment.StartWeek <= week && Expects(c, track, session, week))
            .OrderBy(c => c.Enrolment.ClientId, StringComparer.Ordinal);
        foreach (var client in expected)
        {
            var clientId = client.Enrolment.ClientId;
            var present = _random.NextDouble() < _adherence[clientId];
            var status = present ? (_random.NextDouble() < 0.1 ? "late" : "attended") : (_random.NextDouble() < 0.5 ? "excused" : "absent");
            _engine.Attendance.Record(new AttendanceRequest { CohortId = cohortId, ClientId = clientId, SessionId = session.Id, Status = status, Actor = "simulation" });
            if (track.Kind == TrackKind.Testing)
            {
                var outcome = !present ? "missed" : _random.NextDouble() < (1 - _adherence[clientId]) * 0.5 ? "positive" : "negative";
                var date = Instant.FromDateTimeUtc(session.StartUtc).InZone(DateTimeZoneProviders.Tzdb[_options.TimeZone]).Date;
                _engine.Results.Record(new ResultRequest { CohortId = cohortId, ClientId = clientId, CollectedOn = date, Outcome = outcome, Actor = "simulation" });
            }
        }
    }

    /// <summary>
    /// Whether a simulated client goes to a session: their own individual sessions; group sessions of the
    /// tracks their stages call for, or, where no stage calls for any, those that meet in the client's own
    /// week of the course.
    /// </summary>
    private static bool Expects(ClientSnapshot client, Track track, PlannedSessionRecord session, int week)
    {
        if (session.EnrolmentId is { } owner) return owner == client.Enrolment.Id;
        if (client.CurrentTracks is { Count: > 0 } tracks) return tracks.Contains(track.Code.Value);
        var clientWeek = week - client.Enrolment.StartWeek + 1;
        var weeks = track.Schedule.Weeks;
        return weeks.Contains(clientWeek) || (track.Schedule.ContinuesAfterProgram && clientWeek >= weeks.First);
    }

    /// <summary>Now and then a client destabilises and is sent back to early recovery, or leaves the program.</summary>
    private void ClinicalEvents(string cohortId, int week)
    {
        var status = _engine.Reports.Status(cohortId);
        foreach (var client in status.Clients)
        {
            var main = client.Workflows[0];
            if (!main.Active) continue;
            var roll = _random.NextDouble();
            try
            {
                if (roll < 0.008)
                    _engine.Clinical.Discharge(new ClinicalRequest { CohortId = cohortId, ClientId = client.ClientId, Reason = $"stopped attending (simulated, week {week})", Actor = "simulation" });
                else if (roll < 0.04 && main.Stage is "relapse-prevention" or "social-support-linkage")
                    _engine.Clinical.Override(new ClinicalRequest { CohortId = cohortId, ClientId = client.ClientId, Reason = $"destabilised (simulated, week {week})", Actor = "simulation", Target = "early-recovery" }, "early-recovery");
            }
            catch (EngineException)
            {
                // A workflow without such a transition refuses; the simulation simply moves on.
            }
        }
    }

    private void MoveTo(Instant instant)
    {
        var target = instant.ToDateTimeOffset();
        if (target > _clock.GetUtcNow()) _clock.MoveTo(target);
    }
}
