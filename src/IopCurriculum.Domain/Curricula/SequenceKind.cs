namespace IopCurriculum.Domain.Curricula;

/// <summary>How a track's sessions follow one another.</summary>
public enum SequenceKind
{
    /// <summary>Sessions run in number order, one per slot.</summary>
    Fixed,
    /// <summary>The group picks a topic from the sessions each time.</summary>
    TopicList,
    /// <summary>One session, run at every slot.</summary>
    Repeat,
}
