namespace IopCurriculum.Library;

/// <summary>One change in the curriculum's structure, such as a session that moved from week 3 to week 4.</summary>
/// <param name="Subject">The track or session code the change is about, or the curriculum id.</param>
public sealed record StructuralChange(StructuralChangeKind Kind, string Subject, string Description);
