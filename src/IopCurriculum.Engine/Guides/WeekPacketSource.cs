using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;
using NodaTime.Text;

namespace IopCurriculum.Engine.Guides;

/// <summary>
/// Reads what a cohort's weekly packet prints. Client names pass through the program's roster style
/// here, so no family name leaves the engine on its way to a printer.
/// </summary>
/// <remarks>
/// A group session's roster is the cohort's active clients enrolled by that week whose current stage
/// attends the session's track (every group, when none of their workflows names groups); an
/// individual session's is its one client, while that client is still in treatment. Stages are read as they stand when the packet is read,
/// which is what a packet printed ahead of its week needs.
/// </remarks>
public sealed class WeekPacketSource
{
    private static readonly LocalDateTimePattern LocalStart = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    private readonly CohortReader _snapshots;

    public WeekPacketSource(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _snapshots = engine.Snapshots;
    }

    /// <summary>The week after the one running now: the packet a facilitator prints ahead. Week 1 before the cohort starts.</summary>
    public int ComingWeek(string cohortId)
    {
        var cohort = _snapshots.Cohort(cohortId);
        return Math.Clamp(cohort.RunningWeek + 1, 1, cohort.Cohort.Weeks);
    }

    /// <exception cref="EngineException">No such cohort, a week outside it, or a program roster style no guide knows.</exception>
    public WeekPacket Read(string cohortId, int week)
    {
        var whole = _snapshots.Whole(cohortId);
        var cohort = whole.Cohort;
        if (week < 1 || week > cohort.Cohort.Weeks)
            throw EngineException.InvalidField("week", $"there is no week {week}: cohort {cohort.Cohort.Id} runs weeks 1 to {cohort.Cohort.Weeks}");
        var style = cohort.RosterStyle
            ?? throw EngineException.Invalid(
                $"program {cohort.Program.Id} names clients '{cohort.Program.RosterNames}' on rosters; use one of {string.Join(", ", RosterStyles.Words)}");

        var curriculum = cohort.Curriculum;
        // Every client enrolled by this week, with what their stages attend now.
        var clients = whole.Clients.Where(c => c.Enrolment.StartWeek <= week).ToDictionary(c => c.Enrolment.Id);
        // A client who has left keeps the individual sessions booked for them; no guide is printed for those.
        var sessions = whole.Sessions
            .Where(row => row.Week == week)
            .Where(row => row.EnrolmentId is not { } owner || clients.GetValueOrDefault(owner)?.Active == true)
            .Select(row => Session(curriculum, row, clients))
            .ToList();
        var testing = curriculum.Tracks.Where(t => t.Kind == TrackKind.Testing).Select(t => t.Code.Value).ToHashSet(StringComparer.Ordinal);
        var tested = sessions.Any(s => !s.Cancelled && testing.Contains(s.Track.Code.Value));

        return new WeekPacket
        {
            CohortId = cohort.Cohort.Id,
            ProgramName = cohort.Program.Name,
            Curriculum = curriculum,
            TimeZone = cohort.Zone.Id,
            Week = week,
            Weeks = cohort.Cohort.Weeks,
            FirstDay = cohort.Weeks.FirstDayOf(week),
            LastDay = cohort.Weeks.LastDayOf(week),
            RosterStyle = style,
            Sessions = sessions,
            DueForTesting = tested
                ? RosterOrder(clients.Values.Where(c => c.Active && testing.Any(c.Attends)).Select(c => c.RosterName))
                : [],
            MeasuresDue = MeasuresOwed(cohort, clients.Values, week),
        };
    }

    private static GuideSession Session(Curriculum curriculum, PlannedSessionRecord row, IReadOnlyDictionary<long, ClientSnapshot> clients)
    {
        var track = curriculum.FindTrack(new TrackCode(row.TrackCode))
            ?? throw EngineException.Invalid($"session {SessionLabels.Of(row)} of cohort {row.CohortId} names track {row.TrackCode}, which curriculum {curriculum.Id} no longer has");
        var start = LocalStart.Parse(row.LocalStart).GetValueOrThrow();
        IReadOnlyList<string> roster = row.EnrolmentId is { } owner
            ? [clients[owner].RosterName]
            : RosterOrder(clients.Values.Where(c => c.Active && c.Attends(track.Code.Value)).Select(c => c.RosterName));
        return new GuideSession
        {
            Track = track,
            Session = row.SessionNumber is { } number ? track.FindSession(number) : null,
            Date = start.Date,
            Start = start.TimeOfDay,
            Minutes = row.Minutes,
            Room = row.Room,
            Status = Enum.TryParse<PlannedStatus>(row.Status, ignoreCase: true, out var status) ? status : PlannedStatus.Scheduled,
            Note = row.Note,
            Roster = roster,
            Individual = row.EnrolmentId is not null,
        };
    }

    private static List<ClientMeasuresDue> MeasuresOwed(CohortSnapshot cohort, IEnumerable<ClientSnapshot> clients, int week)
    {
        var schedule = ProgramService.MeasureScheduleOf(cohort.Program);
        return [.. clients
            .Select(c => (c.RosterName, Due: Measures.MeasuresDue.For(cohort, c, schedule, week)))
            .Where(c => c.Due.Count > 0)
            .OrderBy(c => c.RosterName, StringComparer.Ordinal)
            .Select(c => new ClientMeasuresDue(c.RosterName, [.. c.Due.Select(d => d.Title)], [.. c.Due.Where(d => d.Overdue).Select(d => d.Title)]))];
    }

    private static string[] RosterOrder(IEnumerable<string> names) => [.. names.Order(StringComparer.Ordinal)];
}
