using NodaTime;

namespace IopCurriculum.Engine.Actions;

/// <summary>A task in the team's inboxes: what to look at, about whom, by when, and what became of it.</summary>
public sealed record StaffTaskView(
    long Id,
    string ProgramId,
    string CohortId,
    string ClientId,
    string Title,
    string? Note,
    Instant Created,
    Instant Due,
    IReadOnlyList<string> Assignees,
    Instant? Done,
    string? DoneBy,
    string? DoneNote,
    IReadOnlyList<ActionEvent> History)
{
    public bool IsOpen => Done is null;

    public bool IsOverdue(Instant now) => IsOpen && now > Due;

    public bool IsAssignedTo(string userName) => Assignees.Contains(userName, StringComparer.OrdinalIgnoreCase);
}
