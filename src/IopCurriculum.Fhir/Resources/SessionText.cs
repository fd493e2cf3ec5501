using Hl7.Fhir.Model;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine;
using IopCurriculum.Persistence.Records;
using NodaTime;
using Instant = NodaTime.Instant;
using Period = Hl7.Fhir.Model.Period;
using Duration = NodaTime.Duration;

namespace IopCurriculum.Fhir.Resources;

/// <summary>How a planned session is named and timed in resources and narratives.</summary>
internal static class SessionText
{
    /// <summary>"RP 3: Title", or the track's name where the group picks its topic.</summary>
    public static string Title(Curriculum curriculum, PlannedSessionRecord session)
    {
        var label = SessionLabels.Of(session);
        var track = curriculum.FindTrack(new TrackCode(session.TrackCode));
        if (session.SessionNumber is { } number && track?.FindSession(number) is { } found) return $"{label}: {found.Title}";
        return track is null ? label : $"{label}: {track.Name}, topic chosen by the group";
    }

    public static string TrackName(Curriculum curriculum, string trackCode) =>
        curriculum.FindTrack(new TrackCode(trackCode))?.Name ?? trackCode;

    /// <summary>The local date and time as the guide prints it: 2027-01-04 19:00.</summary>
    public static string LocalStart(PlannedSessionRecord session) => session.LocalStart.Replace('T', ' ');

    /// <summary>The session's start and end as dateTimes with the program zone's offset, as a person there reads them.</summary>
    public static Period Period(PlannedSessionRecord session, DateTimeZone zone)
    {
        var start = Instant.FromDateTimeUtc(session.StartUtc);
        return new Period(At(start, zone), At(start.Plus(Duration.FromMinutes(session.Minutes)), zone));
    }

    public static FhirDateTime At(Instant instant, DateTimeZone zone) => new(instant.InZone(zone).ToDateTimeOffset());

    public static FhirDateTime At(DateTime utc, DateTimeZone zone) => At(Instant.FromDateTimeUtc(utc), zone);

    public static FhirDateTime Date(LocalDate date) => new(date.Year, date.Month, date.Day);
}
