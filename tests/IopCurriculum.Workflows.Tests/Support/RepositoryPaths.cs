namespace IopCurriculum.Workflows.Tests.Support;

/// <summary>Finds the repository the tests run from, to read the workflows it ships.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Workflow(string name) => Path.Combine(Root, "workflows", name + ".yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IopCurriculum.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"no IopCurriculum.sln above {AppContext.BaseDirectory}");
    }
}
