using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir;

/// <summary>What every export shares: how URLs are minted, which codes stand for tracks, and the Part 2 notice.</summary>
public sealed record ExportSettings
{
    public Naming Naming { get; init; } = new();

    public TrackCodings Codings { get; init; } = TrackCodings.Default;

    /// <summary>The redisclosure notice every resource about a client carries in its narrative.</summary>
    public string Notice { get; init; } = Part2Labels.DefaultNotice;
}
