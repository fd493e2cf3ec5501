using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;
using NodaTime;
using NodaTime.Text;

namespace IopCurriculum.Engine.Reports;

/// <summary>A planned session as a calendar shows it: when, where, which track and session, and its topic.</summary>
/// <param name="ClientId">The client an individual session is booked for; null for a group session.</param>
/// <param name="Begun">Whether the session has started, so attendance can be recorded for it.</param>
public sealed record CalendarSession(
    long Id,
    int Week,
    LocalDate Date,
    LocalTime Start,
    int Minutes,
    string? Room,
    string TrackCode,
    string TrackName,
    TrackKind Kind,
    string Label,
    string? Title,
    string Status,
    string? Note,
    string? ClientId,
    bool Begun)
{
    private static readonly LocalDateTimePattern LocalStart = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public bool Cancelled => Status == "cancelled";

    internal static CalendarSession From(Curriculum curriculum, PlannedSessionRecord row, string? clientId, Instant now)
    {
        var track = curriculum.FindTrack(new TrackCode(row.TrackCode));
        var start = LocalStart.Parse(row.LocalStart).GetValueOrThrow();
        var title = row.SessionNumber is { } number ? track?.FindSession(number)?.Title : null;
        return new CalendarSession(
            row.Id, row.Week, start.Date, start.TimeOfDay, row.Minutes, row.Room, row.TrackCode, track?.Name ?? row.TrackCode,
            track?.Kind ?? TrackKind.Group, SessionLabels.Of(row), title, row.Status, row.Note, clientId,
            Instant.FromDateTimeUtc(DateTime.SpecifyKind(row.StartUtc, DateTimeKind.Utc)) <= now);
    }
}
