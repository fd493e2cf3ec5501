using NodaTime;

namespace IopCurriculum.Engine.Notes;

/// <summary>Words added to a signed note: why, by whom and when (the program's local time).</summary>
public sealed record NoteAddendum(int Number, string Text, string Reason, string Author, LocalDateTime At);
