namespace IopCurriculum.Engine;

public sealed record JournalQuery
{
    public string? CohortId { get; init; }
    public string? ClientId { get; init; }
    public bool ChangesOnly { get; init; }
    public int? Last { get; init; }
}
