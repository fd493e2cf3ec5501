namespace IopCurriculum.Domain.Curricula;

/// <summary>Where a title comes from, so a clinical lead knows what to check.</summary>
public enum Provenance
{
    /// <summary>Title and number confirmed from the published manual.</summary>
    Manual,
    /// <summary>The project's own design in the manual's spirit.</summary>
    Adapted,
    /// <summary>Believed to be the manual's but not confirmed.</summary>
    Unverified,
}

/// <summary>Who a track's sessions are for.</summary>
public enum TrackKind { Group, Individual, Testing }

/// <summary>Whether a track meets every week or only when a client needs it.</summary>
public enum Cadence { Weekly, AsNeeded }

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

/// <summary>Whether clients may join a track in any week.</summary>
public enum Enrolment { Open, Closed }
