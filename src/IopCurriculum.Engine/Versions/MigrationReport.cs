using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Versions;

public sealed class MigrationReport(string target, bool dryRun)
{
    public string Target { get; } = target;
    public bool DryRun { get; } = dryRun;
    public List<string> Moves { get; } = [];
}
