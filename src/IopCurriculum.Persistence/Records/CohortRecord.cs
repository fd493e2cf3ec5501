namespace IopCurriculum.Persistence.Records;

/// <summary>A running group of a program on one curriculum, from a start date.</summary>
public sealed class CohortRecord
{
    public required string Id { get; set; }
    public required string ProgramId { get; set; }
    public required string CurriculumId { get; set; }
    /// <summary>Where the curriculum was loaded from, and a hash of its files at the time.</summary>
    public required string CurriculumPath { get; set; }
    public required string CurriculumHash { get; set; }
    public DateOnly StartDate { get; set; }
    public int Weeks { get; set; }
    /// <summary>Open groups keep cycling their blocks so clients can join any week.</summary>
    public bool OpenGroups { get; set; }
    public int Seed { get; set; }
    /// <summary>How many week boundaries the cohort has passed; the next to process is this + 1.</summary>
    public int WeeksAdvanced { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>Bumped by every write so that two writers cannot both advance the same week.</summary>
    public int Revision { get; set; }

    public ProgramRecord? Program { get; set; }
    public List<CohortWorkflowRecord> Workflows { get; set; } = [];
}
