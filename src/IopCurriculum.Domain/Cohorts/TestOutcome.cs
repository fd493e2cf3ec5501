namespace IopCurriculum.Domain.Cohorts;

/// <summary>What a urine or breath test showed, or that it did not happen.</summary>
public enum TestOutcome
{
    Negative,
    Positive,
    /// <summary>The client did not give a specimen on the test day.</summary>
    Missed,
    /// <summary>The specimen could not be read (diluted, tampered, lab error).</summary>
    Invalid,
}
