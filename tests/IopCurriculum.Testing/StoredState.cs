namespace IopCurriculum.Testing;

/// <summary>What a refused request must leave exactly as it was.</summary>
public sealed record StoredState(RowCounts Counts, string Instances, string Cohorts);
