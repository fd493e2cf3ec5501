namespace IopCurriculum.Access;

/// <summary>What a feed's address opens: a name for the calendar and its events in time order.</summary>
public sealed record FeedCalendar(string Name, IReadOnlyList<FeedEvent> Events);
