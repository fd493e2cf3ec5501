using IopCurriculum.Access;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;

namespace IopCurriculum.Engine.Feeds;

/// <summary>A cohort's planned sessions as feed events: what, where and when, with no client name, id or booking reason.</summary>
internal sealed class CohortFeedEvents(EngineContext context) : ICohortFeedEvents
{
    private static readonly LocalDateTimePattern LocalStart = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public IReadOnlyList<FeedEvent> Events(IopDbContext db, string cohortId)
    {
        var (_, setting) = CohortService.Find(context, db, cohortId);
        var rows = db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.StartUtc).ThenBy(s => s.Id).ToList();
        return [.. rows.Select(row => Event(row, setting.Curriculum, setting.Weeks.Zone.Id))];
    }

    private static FeedEvent Event(PlannedSessionRecord row, Curriculum curriculum, string zone)
    {
        var track = curriculum.FindTrack(new TrackCode(row.TrackCode));
        var session = row.SessionNumber is { } number ? track?.FindSession(number) : null;
        var individual = row.EnrolmentId is not null;
        return new FeedEvent(
            Uid: $"{row.CohortId}-{row.Id}@iop-curriculum",
            CohortId: row.CohortId,
            Week: row.Week,
            Label: SessionLabels.Of(row),
            Title: session?.Title ?? track?.Name ?? row.TrackCode,
            Track: track?.Name ?? row.TrackCode,
            Room: row.Room,
            Start: LocalStart.Parse(row.LocalStart).GetValueOrThrow(),
            Minutes: row.Minutes,
            TimeZone: zone,
            Individual: individual,
            Cancelled: string.Equals(row.Status, nameof(PlannedStatus.Cancelled), StringComparison.OrdinalIgnoreCase));
    }
}
