namespace IopCurriculum.Domain.Curricula;

/// <summary>Where a title comes from, so a clinical lead knows what to check.</summary>
public enum Provenance
{
    /// <summary>Title and number confirmed from the published manual.</summary>
    Manual,
    /// <summary>The project's own design in the manual's spirit.</summary>
    Adapted,
    /// <summary>Believed to be the manual's but not confirmed.</summary>
    Unverified,
}
