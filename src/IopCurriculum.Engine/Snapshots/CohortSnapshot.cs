using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Snapshots;

/// <summary>
/// What every client of a cohort shares, read once and never written back: the cohort, its program and
/// calendar, the curriculum version it runs, its weeks and its group sessions, as they stood at
/// <see cref="ReadAt"/>. Clients are read beside it (<see cref="CohortReader.Clients"/>), a page at a
/// time, so a large cohort never has to be held whole.
/// </summary>
public sealed class CohortSnapshot
{
    private readonly Dictionary<string, Track?> _tracks = new(StringComparer.Ordinal);

    internal CohortSnapshot(CohortSetting setting, IReadOnlyList<string> workflows, IReadOnlyList<PlannedSessionRecord> groupSessions, Instant readAt)
    {
        Cohort = setting.Cohort;
        Program = setting.Program;
        Curriculum = setting.Curriculum;
        Calendar = setting.Calendar;
        Weeks = setting.Weeks;
        Workflows = workflows;
        GroupSessions = groupSessions;
        ReadAt = readAt;
        RosterStyle = RosterStyles.Parse(Program.RosterNames);
    }

    public CohortRecord Cohort { get; }
    public ProgramRecord Program { get; }
    public Curriculum Curriculum { get; }
    public ProgramCalendar Calendar { get; }
    public CohortCalendar Weeks { get; }

    /// <summary>The cohort's workflow versions as people name them ("matrix-iop v2"), in the order they were given.</summary>
    public IReadOnlyList<string> Workflows { get; }

    /// <summary>The same versions by their titles, each with its version after it: "Matrix Model client course (matrix-client v3)".</summary>
    public IReadOnlyList<string> WorkflowTitles { get; init; } = [];

    /// <summary>The sessions every client may attend (no client's own), in time order.</summary>
    public IReadOnlyList<PlannedSessionRecord> GroupSessions { get; }

    /// <summary>The instant the snapshot was read: what "now" means to every figure worked out from it.</summary>
    public Instant ReadAt { get; }

    /// <summary>How the program prints client names on rosters; null when it names a style no roster knows.</summary>
    public RosterStyle? RosterStyle { get; }

    public DateTimeZone Zone => Weeks.Zone;

    /// <summary>The cohort week running at <see cref="ReadAt"/> (0 before the start).</summary>
    public int RunningWeek => Weeks.WeekAt(ReadAt);

    /// <summary>A client's name as registers and dashboards show it: the program's roster style, or first name and last initial.</summary>
    public string RosterName(ClientRecord client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return (RosterStyle ?? Domain.Guides.RosterStyle.FirstNameLastInitial).Name(client.Id, client.GivenName, client.FamilyName);
    }

    /// <summary>The last cohort week of a client's course: one pass of the curriculum from their start, within the cohort.</summary>
    public int LastWeekFor(int startWeek) => Math.Min(Cohort.Weeks, startWeek + Curriculum.Weeks - 1);

    /// <summary>The curriculum's track for a stored code, or null where the curriculum no longer has it.</summary>
    public Track? Track(string code)
    {
        if (!_tracks.TryGetValue(code, out var track))
            _tracks[code] = track = TrackCode.IsValid(code) ? Curriculum.FindTrack(new TrackCode(code)) : null;
        return track;
    }
}
