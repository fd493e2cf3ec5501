namespace IopCurriculum.Engine.Notes;

/// <summary>One client on a session's notes sheet: their attendance, their note so far, and the plan goals a note may name.</summary>
/// <param name="Attendance">The current attendance status, or null while none is recorded.</param>
/// <param name="Goals">The active goals of the client's signed plan in force; empty while none is signed.</param>
public sealed record NoteLine(string ClientId, string Name, string? Attendance, ProgressNote? Note, int? PlanVersion, IReadOnlyList<NoteGoal> Goals)
{
    /// <summary>Recorded as attending, on time or late: only such a client's note can be signed.</summary>
    public bool Present => Attendance is "attended" or "late";
}
