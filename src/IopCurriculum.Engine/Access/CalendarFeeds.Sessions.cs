using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Feeds;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;

namespace IopCurriculum.Engine.Access;

public sealed partial class CalendarFeeds
{
    private static readonly LocalDateTimePattern LocalStart = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>
    /// The planned sessions a feed shows: one cohort's, or those of every cohort its facilitator runs
    /// (none once the account is disabled or no longer facilitates). No client name, id or booking reason
    /// is read into an event.
    /// </summary>
    public FeedCalendar Sessions(CalendarFeedRecord feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var db = _context.Database.Open();
        IReadOnlyList<string> cohorts;
        string name;
        if (feed.Kind == FeedKinds.Cohort)
        {
            cohorts = [feed.Subject];
            name = $"Cohort {feed.Subject}";
        }
        else
        {
            var user = db.Users.AsNoTracking().SingleOrDefault(u => u.UserName == feed.Subject);
            cohorts = user is { DisabledUtc: null } && Roles.Parse(user.Roles).Contains(Roles.Facilitator)
                ? [.. db.FacilitatorCohorts.AsNoTracking().Where(f => f.UserId == user.Id).Select(f => f.CohortId).OrderBy(c => c)]
                : [];
            name = $"Groups run by {user?.DisplayName ?? feed.Subject}";
        }

        var events = new List<FeedEvent>();
        foreach (var cohortId in cohorts)
        {
            if (!db.Cohorts.Any(c => c.Id == cohortId)) continue;
            var (_, setting) = CohortService.Find(_context, db, cohortId);
            var rows = db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.StartUtc).ThenBy(s => s.Id).ToList();
            events.AddRange(rows.Select(row => Event(row, setting.Curriculum, setting.Weeks.Zone.Id)));
        }
        return new FeedCalendar(name, [.. events.OrderBy(e => e.Start.InZoneLeniently(NodaTime.DateTimeZoneProviders.Tzdb[e.TimeZone]).ToInstant()).ThenBy(e => e.Uid, StringComparer.Ordinal)]);
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
