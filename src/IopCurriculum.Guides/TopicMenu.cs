using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Guides;

/// <summary>
/// What a guide offers where the topic is picked on the day (a topic-list group, an extra individual
/// session): the track's sessions as a menu, and the run-sheet they share, if they share one.
/// </summary>
public static class TopicMenu
{
    /// <summary>The format every session of the track follows, or null when they differ.</summary>
    public static IReadOnlyList<FormatBlock>? SharedFormat(Track track)
    {
        ArgumentNullException.ThrowIfNull(track);
        var first = track.Sessions[0].Format;
        return track.Sessions.All(s => s.Format.SequenceEqual(first)) ? first : null;
    }
}
