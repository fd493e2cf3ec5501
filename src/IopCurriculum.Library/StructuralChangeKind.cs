namespace IopCurriculum.Library;

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
