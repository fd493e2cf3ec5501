using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Recording;

/// <summary>A urine or breath test result as recorded.</summary>
/// <param name="Kind"><c>urine</c> or <c>breath</c>.</param>
/// <param name="Outcome"><c>negative</c>, <c>positive</c>, <c>missed</c> or <c>invalid</c>.</param>
/// <param name="Substances">What the lab found, as it wrote it; null for a negative test.</param>
public sealed record TestResultEntry(long Id, DateOnly CollectedOn, string Kind, string Outcome, string? Substances, string Actor, DateTime RecordedUtc)
{
    internal static TestResultEntry From(TestResultRecord result) =>
        new(result.Id, result.CollectedOn, result.Kind, result.Outcome, result.Substances, result.Actor, result.RecordedUtc);
}
