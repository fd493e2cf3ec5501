namespace IopCurriculum.Domain.Curricula;

/// <summary>The written content of a session, apart from its timing.</summary>
public sealed record SessionContent
{
    public SessionContent(
        string title,
        Provenance provenance,
        IEnumerable<string> goals,
        IEnumerable<HandoutCode> handouts,
        string closing)
    {
        Title = Preconditions.NotBlank(title, nameof(title));
        Provenance = provenance;
        Goals = Preconditions.List(goals, nameof(goals));
        Handouts = Preconditions.List(handouts, nameof(handouts));
        Closing = closing ?? "";
    }

    public string Title { get; }
    public Provenance Provenance { get; }
    /// <summary>What a lead should check about the title, where it is not confirmed.</summary>
    public string? ProvenanceNote { get; init; }
    public IReadOnlyList<string> Goals { get; }
    public IReadOnlyList<HandoutCode> Handouts { get; }
    public IReadOnlyList<string> Materials { get; init; } = [];
    public IReadOnlyList<string> LeaderNotes { get; init; } = [];
    public IReadOnlyList<string> SpecialConsiderations { get; init; } = [];
    public string Closing { get; }
    /// <summary>For an as-needed track: the program week this session is planned in.</summary>
    public int? Week { get; init; }
}
