namespace IopCurriculum.Engine.Measures;

/// <summary>How a client's urine tests read for one week: the week counts as negative only if every test in it was.</summary>
public enum UrineWeek
{
    /// <summary>At least one urine test, and every one negative.</summary>
    Negative,

    /// <summary>A positive, missed or invalid test.</summary>
    Positive,

    /// <summary>No urine test recorded: counted as positive, as published outcome definitions do.</summary>
    Missing,
}

/// <summary>One week of a client's course that has begun, as the outcome figures read it.</summary>
/// <param name="CohortWeek">The cohort's week number.</param>
/// <param name="ClientWeek">The client's own week (1 in the week they joined).</param>
/// <param name="InTreatment">Still in treatment at the week's end (or now, for the running week): not discharged.</param>
/// <param name="Ended">The week's end has passed, so its tests are all in.</param>
/// <param name="BreathPositive">A positive or invalid breath test that week: not an abstinent week, whatever the urine says.</param>
public sealed record CourseWeek(int CohortWeek, int ClientWeek, bool InTreatment, bool Ended, UrineWeek Urine, bool BreathPositive = false)
{
    /// <summary>Counts toward the share of negative tests: ended, and the client still in treatment at its end.</summary>
    public bool Counted => Ended && InTreatment;

    public bool Abstinent => Urine == UrineWeek.Negative && !BreathPositive;
}
