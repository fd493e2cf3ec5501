using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Domain.Planning;

namespace IopCurriculum.Guides;

/// <summary>A session as its guide shows it before any cohort runs it: no date, no roster, no client data.</summary>
public static class SessionPreviews
{
    /// <param name="calendar">A program calendar whose timetable gives the track's start time and room; else the curriculum's suggested time.</param>
    /// <exception cref="ArgumentException">The session is not one of the curriculum's.</exception>
    public static GuideSession Of(Curriculum curriculum, Session session, ProgramCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(session);
        var track = curriculum.FindTrack(session.Code.Track);
        if (track is null || curriculum.FindSession(session.Code) != session)
            throw new ArgumentException($"session {session.Code} is not a session of curriculum {curriculum.Id}", nameof(session));
        var timetable = calendar?.Tracks.GetValueOrDefault(track.Code);
        return new GuideSession
        {
            Track = track,
            Session = session,
            Start = timetable?.Start ?? track.Schedule.SuggestedStart,
            Minutes = session.Minutes,
            Room = timetable?.Room,
            Individual = track.Kind == TrackKind.Individual,
        };
    }
}
