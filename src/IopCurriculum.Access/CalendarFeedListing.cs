using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>A calendar feed as staff see it: what it shows, who made it, and whether it still answers. The hash of its secret is not in it.</summary>
/// <param name="Kind"><see cref="FeedKinds.Cohort"/> or <see cref="FeedKinds.Facilitator"/>.</param>
/// <param name="Subject">The cohort id, or the facilitator's user name.</param>
public sealed record CalendarFeedListing(long Id, string Kind, string Subject, string CreatedBy, DateTime CreatedUtc, DateTime? RevokedUtc)
{
    internal static CalendarFeedListing From(CalendarFeedRecord feed) =>
        new(feed.Id, feed.Kind, feed.Subject, feed.CreatedBy, feed.CreatedUtc, feed.RevokedUtc);
}
