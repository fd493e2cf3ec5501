using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Recording;

/// <summary>A test result as recorded, and the journal steps it fired.</summary>
public sealed record ResultOutcome(TestResultEntry Result, IReadOnlyList<JournalStep> Journal);
