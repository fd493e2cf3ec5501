namespace IopCurriculum.Engine.Curricula;

/// <summary>The kinds of change a clinical lead reviews before a cohort moves to a new version.</summary>
public enum StructuralChangeKind
{
    CurriculumRetitled,
    LengthChanged,
    TrackAdded,
    TrackRemoved,
    TrackRenamed,
    SessionAdded,
    SessionRemoved,
    SessionRetitled,
    SessionMoved,
}

/// <summary>One change in the curriculum's structure, such as a session that moved from week 3 to week 4.</summary>
/// <param name="Subject">The track or session code the change is about, or the curriculum id.</param>
public sealed record StructuralChange(StructuralChangeKind Kind, string Subject, string Description);
