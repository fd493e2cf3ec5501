using IopCurriculum.Testing;
using IopCurriculum.Workflows.Tests.Support;

namespace IopCurriculum.Workflows.Tests.Hostile;

/// <summary>
/// The shipped workflows, damaged at random with a fixed seed: each load ends and throws nothing; what
/// loads also compiles; what does not is reported at real places in the text.
/// </summary>
public class WorkflowFuzzTests
{
    private const int Rounds = 300;

    /// <summary>A single load that takes this long has stopped making progress: a hang, not a slow machine.</summary>
    private static readonly TimeSpan Stalled = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("matrix-client")]
    [InlineData("contingency-management")]
    public async Task DamagedWorkflowsAreReportedNeverThrown(string name)
    {
        var original = File.ReadAllText(RepositoryPaths.Workflow(name));
        var mutations = new YamlMutations(name.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)));
        for (var round = 0; round < Rounds; round++)
        {
            var (text, what) = mutations.Mutate(original);
            var load = Task.Run(() =>
            {
                var result = WorkflowLoader.Parse(text, "fuzzed.yaml");
                if (result.Succeeded) WorkflowMachine.Compile(result.Value);
                return result;
            });
            Assert.True(await Task.WhenAny(load, Task.Delay(Stalled)) == load, $"round {round} ({what}) did not finish");
            var loaded = await load;
            var lines = text.ReplaceLineEndings("\n").Split('\n').Length;
            Assert.True(loaded.Succeeded || loaded.Diagnostics.Count > 0, $"round {round} ({what}) failed without a reason");
            foreach (var diagnostic in loaded.Diagnostics)
            {
                Assert.Equal("fuzzed.yaml", diagnostic.Location.File);
                Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Line <= lines + 1 && diagnostic.Location.Column >= 1,
                    $"round {round} ({what}): {diagnostic} in a {lines}-line text");
            }
        }
    }
}
