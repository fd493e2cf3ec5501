using IopCurriculum.Engine.Recording;

namespace IopCurriculum.Engine.Measures;

/// <summary>A measure as recorded, and the journal steps it fired (a safety alert among them).</summary>
public sealed record MeasureOutcome(MeasureEntry Measure, IReadOnlyList<JournalStep> Journal);
