namespace IopCurriculum.Notes.Billing;

/// <summary>A session a client attended on a day: its track, the minutes they were there, and its note.</summary>
/// <param name="Session">The session as staff name it, such as <c>RP 3</c>.</param>
/// <param name="Minutes">The minutes the note records, or the session's length where there is no note yet.</param>
public sealed record AttendedService(string Track, string Session, int Minutes, NoteState Note);
