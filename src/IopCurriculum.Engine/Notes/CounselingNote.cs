using NodaTime;

namespace IopCurriculum.Engine.Notes;

/// <summary>A SUD counseling note as its reader sees it.</summary>
/// <param name="Session">The session it is about, as staff name it, or null.</param>
public sealed record CounselingNote(long Id, string ClientId, string? Session, string Text, string Author, LocalDateTime At);
