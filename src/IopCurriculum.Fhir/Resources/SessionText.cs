using Hl7.Fhir.Model;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;
using Duration = NodaTime.Duration;
using Instant = NodaTime.Instant;
using Period = Hl7.Fhir.Model.Period;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Fhir.Resources;

/// <summary>How a planned session is named and timed in resources and narratives.</summary>
internal static class SessionText
{
    /// <summary>"RP 3: Title", or the track's name where the group picks its topic.</summary>
    public static string Title(CohortContext cohort, PlannedSessionRecord session) => cohort.Facts(session, s => Make(cohort, s)).Title;

    public static string TrackName(CohortContext cohort, string trackCode) => cohort.Track(trackCode)?.Name ?? trackCode;

    /// <summary>The local date and time as the guide prints it: 2027-01-04 19:00.</summary>
    public static string LocalStart(PlannedSessionRecord session) => session.LocalStart.Replace('T', ' ');

    /// <summary>The session's start and end as dateTimes with the program zone's offset, as a person there reads them.</summary>
    public static Period Period(CohortContext cohort, PlannedSessionRecord session)
    {
        var facts = cohort.Facts(session, s => Make(cohort, s));
        return new Period { Start = facts.Start, End = facts.End };
    }

    public static FhirDateTime At(Instant instant, DateTimeZone zone) => new(instant.InZone(zone).ToDateTimeOffset());

    public static FhirDateTime At(DateTime utc, DateTimeZone zone) => At(Instant.FromDateTimeUtc(utc), zone);

    public static FhirDateTime Date(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>A day as narratives give it: 2027-01-04.</summary>
    public static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static SessionFacts Make(CohortContext cohort, PlannedSessionRecord session)
    {
        var label = SessionLabels.Of(session);
        var track = cohort.Track(session.TrackCode);
        var title = session.SessionNumber is { } number && track?.FindSession(number) is { } found ? $"{label}: {found.Title}"
            : track is null ? label : $"{label}: {track.Name}, topic chosen by the group";
        var start = Instant.FromDateTimeUtc(session.StartUtc);
        return new SessionFacts(title, At(start, cohort.Zone).Value!, At(start.Plus(Duration.FromMinutes(session.Minutes)), cohort.Zone).Value!);
    }
}
