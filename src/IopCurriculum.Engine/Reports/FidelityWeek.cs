using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

public sealed record FidelityWeek(int Week, IReadOnlyList<FidelityCheck> Checks);
