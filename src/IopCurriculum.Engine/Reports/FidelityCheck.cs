using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

/// <summary>One essential component in one week, with the figures behind the verdict.</summary>
/// <param name="Key">A stable name: rp-groups, rp-size, fe-group, er-groups, tests, topics.</param>
public sealed record FidelityCheck(string Key, string Component, FidelityStatus Status, string Figures);
