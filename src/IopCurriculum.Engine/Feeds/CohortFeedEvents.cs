using IopCurriculum.Access;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime.Text;

namespace IopCurriculum.Engine.Feeds;

/// <summary>A cohort's planned sessions as feed events: what, where and when, with no client name, id or booking reason.</summary>
internal sealed class CohortFeedEvents(CohortReader snapshots) : ICohortFeedEvents
{
    private static readonly LocalDateTimePattern LocalStart = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public IReadOnlyList<FeedEvent> Events(string cohortId)
    {
        var cohort = snapshots.Cohort(cohortId);
        return [.. snapshots.Sessions(cohort).Select(row => Event(row, cohort.Curriculum, cohort.Zone.Id))];
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
