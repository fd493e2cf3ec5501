using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Tests.Support;
using IopCurriculum.Testing;
using Xunit;

namespace IopCurriculum.Definitions.Tests.Hostile;

/// <summary>
/// Every shipped curriculum file and calendar, damaged at random a few hundred times with a fixed seed:
/// each load ends, throws nothing, and either succeeds or reports problems that stand at real places in
/// real files. A failure names the seed's round and the mutation, so it can be replayed.
/// </summary>
public class LoaderFuzzTests
{
    private const int Rounds = 120;

    /// <summary>A single load that takes this long has stopped making progress: it is a hang, not a slow machine.</summary>
    private static readonly TimeSpan Stalled = TimeSpan.FromMinutes(2);

    public static TheoryData<string, string> CurriculumFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in RepositoryPaths.ShippedCurricula())
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Curriculum(id), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                data.Add(id, Path.GetRelativePath(RepositoryPaths.Curriculum(id), file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(CurriculumFiles))]
    public async Task DamagedCurriculumFilesAreReportedNeverThrown(string curriculum, string relative)
    {
        using var folder = new CurriculumFolder();
        var source = RepositoryPaths.Curriculum(curriculum);
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml", SearchOption.AllDirectories))
            folder.Write(Path.GetRelativePath(source, file), File.ReadAllText(file));
        var original = File.ReadAllText(Path.Combine(source, relative));
        var isCalendar = relative.StartsWith("calendars/", StringComparison.Ordinal);
        var valid = CurriculumLoader.Load(folder.Root).Value;
        var mutations = new YamlMutations(StableSeed(curriculum + "/" + relative));

        for (var round = 0; round < Rounds; round++)
        {
            var (text, what) = mutations.Mutate(original);
            var target = folder.Write(relative, text);
            var load = Task.Run(() => isCalendar ? Describe(ProgramCalendarLoader.Load(target, valid)) : Describe(CurriculumLoader.Load(folder.Root)));
            Assert.True(await Task.WhenAny(load, Task.Delay(Stalled)) == load, $"round {round} ({what}) did not finish");
            AssertAtRealPlaces(await load, folder.Root, $"round {round} ({what})");
        }
    }

    internal static (bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics) Describe<T>(LoadResult<T> result) where T : class =>
        (result.Succeeded, result.Diagnostics);

    private static void AssertAtRealPlaces((bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics) result, string root, string round)
    {
        Assert.True(result.Succeeded || result.Diagnostics.Count > 0, $"{round}: failed without a reason");
        foreach (var diagnostic in result.Diagnostics)
        {
            var where = diagnostic.Location;
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"{round}: an empty message at {where}");
            Assert.StartsWith(root, where.File, StringComparison.Ordinal);
            Assert.True(where.Line >= 1 && where.Column >= 1, $"{round}: {diagnostic}");
            if (!File.Exists(where.File)) continue;
            var lines = File.ReadAllText(where.File).ReplaceLineEndings("\n").Split('\n');
            Assert.True(where.Line <= lines.Length + 1, $"{round}: line {where.Line} of a {lines.Length}-line file: {diagnostic}");
        }
    }

    /// <summary>A seed that is the same in every run (string hash codes differ between processes).</summary>
    internal static int StableSeed(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
