namespace IopCurriculum.Persistence.Records;

/// <summary>A person in treatment. Names are PHI: only rosters show them, shortened.</summary>
public sealed class ClientRecord
{
    /// <summary>The program's own client number, such as a chart number.</summary>
    public required string Id { get; set; }
    public required string ProgramId { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateTime CreatedUtc { get; set; }
}
