using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

public sealed record JournalQuery
{
    public string? CohortId { get; init; }
    public string? ClientId { get; init; }
    public bool ChangesOnly { get; init; }
    public int? Last { get; init; }
}
