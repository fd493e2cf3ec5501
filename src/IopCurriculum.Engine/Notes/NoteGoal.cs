using IopCurriculum.Notes.Writing;

namespace IopCurriculum.Engine.Notes;

/// <summary>A treatment-plan goal a note speaks to: its place in the plan and its statement as the plan said it.</summary>
public sealed record NoteGoal(GoalLink Goal, string Statement);
