using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>
/// Which missed group sessions a client has made up. Open groups run their blocks again, so a client who
/// missed a numbered group session makes it up by attending the same session (same track and number)
/// at a later time, usually in the block's next cycle.
/// </summary>
public static class MakeUps
{
    /// <param name="sessions">The client's sessions with their latest recorded status, in any order.</param>
    /// <returns>Each missed (absent or excused) group session with a number, in time order, with the week it was made up in, if it was.</returns>
    public static IReadOnlyList<MissedSession> Find(IEnumerable<RecordedSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var ordered = sessions.OrderBy(s => s.Start).ToList();
        var missed = new List<MissedSession>();
        foreach (var session in ordered)
        {
            if (!session.Group || session.Number is null || !Missed(session.Status)) continue;
            var madeUp = ordered.FirstOrDefault(later =>
                later.Start > session.Start && later.Group && later.Status.Present()
                && later.Track == session.Track && later.Number == session.Number);
            missed.Add(new MissedSession(session.SessionId, $"{session.Track} {session.Number}", session.Week, session.Status, madeUp?.Week, madeUp?.SessionId));
        }
        return missed;
    }

    /// <summary>Absent or excused: the client was not there. A session the program cancelled is nobody's miss.</summary>
    public static bool Missed(AttendanceStatus status) => status is AttendanceStatus.Absent or AttendanceStatus.Excused;
}
