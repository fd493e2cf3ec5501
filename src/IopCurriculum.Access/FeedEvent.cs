using NodaTime;

namespace IopCurriculum.Access;

/// <summary>
/// One session as a calendar feed shows it: what, where and when, and nothing about who. Feeds sit behind
/// a secret address that calendar apps fetch and keep, so an individual session says only that it is one.
/// </summary>
/// <param name="Uid">Stable across fetches, so calendar apps update an event rather than add it again.</param>
/// <param name="Label">"RP 3", or the track code where the group picks its topic.</param>
/// <param name="Title">The curriculum session's title, or the track's name; never who the session is for.</param>
/// <param name="Start">Local time in <paramref name="TimeZone"/>, the program's IANA zone.</param>
public sealed record FeedEvent(
    string Uid,
    string CohortId,
    int Week,
    string Label,
    string Title,
    string Track,
    string? Room,
    LocalDateTime Start,
    int Minutes,
    string TimeZone,
    bool Individual,
    bool Cancelled);
