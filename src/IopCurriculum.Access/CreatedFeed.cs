namespace IopCurriculum.Access;

/// <summary>A feed as created: the secret for its address is in <see cref="Secret"/> and nowhere else.</summary>
public sealed record CreatedFeed(string Secret, CalendarFeedListing Listing);
