namespace IopCurriculum.Domain.Curricula;

/// <summary>What a track is and who runs it: the text a facilitator's guide opens with.</summary>
public sealed record TrackProfile
{
    public TrackProfile(string name, TrackKind kind, IEnumerable<string> leaders)
    {
        Name = Preconditions.NotBlank(name, nameof(name));
        Kind = kind;
        Leaders = Preconditions.List(leaders, nameof(leaders));
    }

    public string Name { get; }
    public TrackKind Kind { get; }
    public IReadOnlyList<string> Leaders { get; }
    public string Description { get; init; } = "";
    public string Introduction { get; init; } = "";
    public IReadOnlyList<string> Goals { get; init; } = [];
    public IReadOnlyList<string> SpecialConsiderations { get; init; } = [];
    public Capacity? Capacity { get; init; }
    public Enrolment Enrolment { get; init; } = Enrolment.Open;
}
