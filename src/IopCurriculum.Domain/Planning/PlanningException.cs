namespace IopCurriculum.Domain.Planning;

/// <summary>Thrown when a curriculum cannot be laid out on a calendar; lists every reason.</summary>
public sealed class PlanningException(IReadOnlyList<string> problems)
    : Exception("the curriculum cannot be planned on this calendar: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
