using NodaTime;

namespace IopCurriculum.Engine.Notes;

/// <summary>A session with notes still owed: clients present without a note, drafts to sign, signed notes awaiting a supervisor.</summary>
public sealed record NotesDue(string CohortId, long SessionId, string Session, LocalDate Date, int ToWrite, int ToSign, int ToCoSign);
