namespace IopCurriculum.Domain.Curricula;

/// <summary>A printed handout a session gives out.</summary>
public sealed record Handout(HandoutCode Code, string Title, Provenance Provenance);
