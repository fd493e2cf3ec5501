using System.Security.Cryptography;
using System.Text;
using IopCurriculum.Workflows.Tests.Support;
using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>What makes a stored definition the same as a file: its hash and its kept source.</summary>
public class DefinitionIdentityTests
{
    [Fact]
    public void TheHashIsTheSha256OfTheTextWithUnixLineEndings()
    {
        var definition = Parse(Text).Value;
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
        Assert.Equal(expected, definition.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", definition.ContentHash);
    }

    [Fact]
    public void WindowsLineEndingsHashTheSameButTheSourceIsKeptAsWritten()
    {
        var windows = Text.Replace("\n", "\r\n", StringComparison.Ordinal);
        var unix = Parse(Text).Value;
        var crlf = Parse(windows).Value;

        Assert.Equal(unix.ContentHash, crlf.ContentHash);
        Assert.Equal(windows, crlf.Source);
    }

    [Fact]
    public void AnyChangeChangesTheHash()
    {
        var original = Parse(Text).Value.ContentHash;
        Assert.NotEqual(original, Parse(Text.Replace("title: Sample", "title: Sample ", StringComparison.Ordinal)).Value.ContentHash);
        Assert.NotEqual(original, Parse(Text + "# a comment\n").Value.ContentHash);
    }

    [Theory]
    [InlineData("matrix-client")]
    [InlineData("contingency-management")]
    public void TheStoredSourceParsesBackToTheSameDefinition(string name)
    {
        var fromFile = ShippedWorkflows.Load(name);
        var stored = WorkflowLoader.Parse(fromFile.Source, $"{fromFile.Label} (stored)");

        Assert.True(stored.Succeeded, string.Join(Environment.NewLine, stored.Diagnostics));
        var again = stored.Value;
        Assert.Equal(fromFile.Label, again.Label);
        Assert.Equal(fromFile.ContentHash, again.ContentHash);
        Assert.Equal(fromFile.Source, again.Source);
        Assert.Equal(fromFile.Stages, again.Stages, (a, b) => a.Name == b.Name && a.Final == b.Final && a.OnEntry.SequenceEqual(b.OnEntry, ActionsEqual));
        Assert.Equal(fromFile.Transitions.Select(t => t.ToString()), again.Transitions.Select(t => t.ToString()));
        Assert.Equal(fromFile.TrackCodes.Order(StringComparer.Ordinal), again.TrackCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheShippedFileHashesAsItsTextOnDisk()
    {
        var definition = ShippedWorkflows.Load("matrix-client");
        var text = File.ReadAllText(RepositoryPaths.Workflow("matrix-client")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), definition.ContentHash);
    }

    [Fact]
    public void StoredTextThatNoLongerLoadsIsReportedUnderItsSourceName()
    {
        var result = WorkflowLoader.Parse(Text.Replace("version: 1", "version: x", StringComparison.Ordinal), "sample v1 (stored)");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("sample v1 (stored):2:10: error: 'version' must be a whole number of 1 or more, such as 1, not 'x'", diagnostic.ToString());
    }

    private static readonly EqualityComparer<WorkflowAction> ActionsEqual = EqualityComparer<WorkflowAction>.Create(
        (a, b) => a!.Name == b!.Name && a.Arguments.Count == b.Arguments.Count && a.Arguments.All(kv => b.Argument(kv.Key) == kv.Value),
        a => a.Name.GetHashCode(StringComparison.Ordinal));
}
