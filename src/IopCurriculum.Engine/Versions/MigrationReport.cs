namespace IopCurriculum.Engine.Versions;

public sealed class MigrationReport(string target, bool dryRun)
{
    public string Target { get; } = target;
    public bool DryRun { get; } = dryRun;
    public List<string> Moves { get; } = [];
}
