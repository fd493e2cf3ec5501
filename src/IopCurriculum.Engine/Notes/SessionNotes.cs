using IopCurriculum.Engine.Reports;
using IopCurriculum.Notes.Formats;

namespace IopCurriculum.Engine.Notes;

/// <summary>A session's notes: the curriculum's topic and goals as context, the shared narrative, and a line per client.</summary>
/// <param name="Narrative">The shared narrative as it stands; null until written.</param>
/// <param name="NarrativeNeeded">A group session's notes are signed with its shared narrative; an individual session's need none.</param>
public sealed record SessionNotes(
    string CohortId,
    CalendarSession Session,
    string TimeZone,
    NoteFormat Format,
    string? Topic,
    IReadOnlyList<string> SessionGoals,
    string? Narrative,
    bool NarrativeNeeded,
    IReadOnlyList<NoteLine> Lines);
