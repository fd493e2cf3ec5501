using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Access;

public sealed partial class CalendarFeeds
{
    /// <summary>
    /// The planned sessions a feed shows: one cohort's, or those of every cohort its facilitator runs
    /// (none once the account is disabled or no longer facilitates). No client name, id or booking reason
    /// is read into an event.
    /// </summary>
    public FeedCalendar Sessions(CalendarFeedListing feed)
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
            events.AddRange(_cohortEvents.Events(cohortId));
        }
        return new FeedCalendar(name, [.. events.OrderBy(e => e.Start.InZoneLeniently(NodaTime.DateTimeZoneProviders.Tzdb[e.TimeZone]).ToInstant()).ThenBy(e => e.Uid, StringComparer.Ordinal)]);
    }
}
