namespace IopCurriculum.Domain.Curricula;

/// <summary>One timed part of a session's run-sheet and what the leader does in it.</summary>
public sealed record FormatBlock
{
    public FormatBlock(string name, int minutes, string leaderAction)
    {
        Name = Preconditions.NotBlank(name, nameof(name));
        Minutes = Preconditions.Positive(minutes, nameof(minutes));
        LeaderAction = leaderAction ?? "";
    }

    public string Name { get; }
    public int Minutes { get; }
    public string LeaderAction { get; }
}
