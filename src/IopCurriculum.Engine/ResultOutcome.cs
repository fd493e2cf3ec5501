namespace IopCurriculum.Engine;

/// <summary>A test result as recorded, and the journal steps it fired.</summary>
public sealed record ResultOutcome(TestResultEntry Result, IReadOnlyList<JournalStep> Journal);
