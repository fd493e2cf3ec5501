namespace IopCurriculum.Testing;

/// <summary>Finds the repository the tests run from, to read the curricula and workflows it ships.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Curricula => Path.Combine(Root, "curricula");

    public static string Curriculum(string id) => Path.Combine(Curricula, id);

    /// <summary>Every folder under curricula/ that holds a curriculum.yaml, by folder name.</summary>
    public static IReadOnlyList<string> ShippedCurricula() =>
        [.. Directory.GetDirectories(Curricula)
            .Where(d => File.Exists(Path.Combine(d, "curriculum.yaml")))
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)];

    public static string Workflow(string name) => Path.Combine(Root, "workflows", name + ".yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IopCurriculum.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"no IopCurriculum.sln above {AppContext.BaseDirectory}");
    }
}
