namespace IopCurriculum.Persistence.Records;

/// <summary>
/// A bearer token an integrator's system presents to the FHIR API. Only its SHA-256 is stored; the
/// token itself is shown once, when it is issued.
/// </summary>
public sealed class ApiTokenRecord
{
    public long Id { get; set; }
    public long UserId { get; set; }
    /// <summary>What the token is for, such as the EHR it was given to.</summary>
    public required string Name { get; set; }
    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public required string Hash { get; set; }
    /// <summary>The token's first characters, so staff can tell tokens apart without the secret.</summary>
    public required string Prefix { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
