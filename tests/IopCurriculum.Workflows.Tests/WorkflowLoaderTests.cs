using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>The sample loads whole; a file that is missing, not YAML or wrong in its header is reported at its exact place, with nothing loaded.</summary>
public class WorkflowLoaderTests
{
    [Fact]
    public void SampleLoadsWhole()
    {
        var result = Parse(Text);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var definition = result.Value;
        Assert.Equal("sample", definition.Name);
        Assert.Equal(1, definition.Version);
        Assert.Equal("sample v1", definition.Label);
        Assert.Equal("Sample", definition.Title);
        Assert.Equal("first", definition.InitialStage);
        Assert.Equal(["first", "second", "last"], definition.Stages.Select(s => s.Name));
        Assert.Equal(Text, definition.Source);

        var second = definition.FindStage("second")!;
        Assert.Equal("The middle.", second.Description);
        Assert.False(second.Final);
        Assert.Equal(["render-guides", "issue-reward"], second.OnEntry.Select(a => a.Name));
        Assert.Empty(second.OnEntry[0].Arguments);
        Assert.Equal("10", second.OnEntry[1].Argument("amount"));
        Assert.True(definition.FindStage("last")!.Final);
        Assert.Null(definition.FindStage("nowhere"));

        Assert.Equal(4, definition.Transitions.Count);
        var first = definition.Transitions[0];
        Assert.Equal(["first"], first.From);
        Assert.Equal(WorkflowTrigger.WeekElapsed, first.Trigger);
        Assert.Equal("second", first.To);
        Assert.Equal("stage_weeks >= 2 and attended(XX) >= 3", first.When!.ToString());
        Assert.Equal(["attended", "stage_weeks"], first.When.Names.Order(StringComparer.Ordinal));
        var stay = definition.Transitions[1];
        Assert.Null(stay.To);
        Assert.True(stay.Stays);
        Assert.Equal(["notify-team"], stay.Actions.Select(a => a.Name));
        Assert.Equal(["first", "second"], definition.Transitions[3].From);
        Assert.Null(definition.Transitions[3].When);
        Assert.Equal(["XX"], definition.TrackCodes);
    }

    [Fact]
    public void AMissingFileIsReportedAtItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-workflow-" + Guid.NewGuid().ToString("N") + ".yaml");
        var result = WorkflowLoader.Load(path);
        DiagnosticAssert.Single(result, (1, 1), $"workflow file '{path}' does not exist", path);
    }

    [Fact]
    public void AFileIsReportedByItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "workflow-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, TextPosition.Replace(Text, "initial: first", "initial: frist"));
        try
        {
            var result = WorkflowLoader.Load(path);
            DiagnosticAssert.Single(result, (4, 10), "'initial' names unknown stage 'frist' (did you mean 'first'?)", path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InvalidYaml()
    {
        var result = With("title: Sample", "title: Sample: again");
        DiagnosticAssert.Single(result, (3, 14), "not valid YAML: While scanning a plain scalar value, found invalid mapping.");
    }

    [Fact]
    public void AnUnclosedBracketIsInvalidYamlRatherThanACrash()
    {
        var result = With("title: Sample", "title: [Sample");
        DiagnosticAssert.Single(result, (3, 8), "not valid YAML: the list opened by this '[' is not closed where YAML expects it");
    }

    [Fact]
    public void EmptyText()
    {
        DiagnosticAssert.Single(Parse(""), (1, 1), "workflow file is empty");
    }

    [Fact]
    public void NotAMapping()
    {
        DiagnosticAssert.Single(Parse("- just\n- a list\n"), (1, 1), "a workflow file must be a mapping of 'key: value' lines");
    }

    [Theory]
    [InlineData("workflow: sample\n", "workflow")]
    [InlineData("version: 1\n", "version")]
    [InlineData("title: Sample\n", "title")]
    [InlineData("initial: first\n", "initial")]
    public void MissingHeaderField(string line, string key)
    {
        var result = With(line, "");
        DiagnosticAssert.Single(result, (1, 1), $"missing required field '{key}' in the workflow");
    }

    [Fact]
    public void MissingStages()
    {
        var text = Text[..Text.IndexOf("stages:", StringComparison.Ordinal)];
        DiagnosticAssert.Single(Parse(text), (1, 1), "missing required field 'stages' in the workflow");
    }

    [Fact]
    public void UnknownKeyInTheWorkflow()
    {
        var result = With("title: Sample", "titel: Sample");
        Assert.Equal(
            [
                $"{SourceName}:1:1: error: missing required field 'title' in the workflow",
                $"{SourceName}:3:1: error: unknown key 'titel' in the workflow (did you mean 'title'?)",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData("one")]
    public void VersionNotAPositiveWholeNumber(string version)
    {
        var result = With("version: 1", $"version: {version}");
        DiagnosticAssert.Single(result, (2, 10), $"'version' must be a whole number of 1 or more, such as 1, not '{version}'");
    }

    [Theory]
    [InlineData("Sample")]
    [InlineData("sample_flow")]
    [InlineData("2-sample")]
    [InlineData("sample-")]
    public void BadWorkflowName(string name)
    {
        var result = With("workflow: sample", $"workflow: {name}");
        DiagnosticAssert.Single(result, (1, 11),
            $"'{name}' is not a valid workflow name: use lower-case letters, digits and dashes, starting with a letter, such as matrix-client");
    }

    [Fact]
    public void EveryProblemAtOnceInFileOrder()
    {
        var text = Text
            .Replace("title: Sample", "titel: Sample", StringComparison.Ordinal)
            .Replace("result == positive", "result == postive", StringComparison.Ordinal)
            .Replace("to: last", "to: lats", StringComparison.Ordinal);
        var result = Parse(text);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                $"{SourceName}:1:1: error: missing required field 'title' in the workflow",
                $"{SourceName}:3:1: error: unknown key 'titel' in the workflow (did you mean 'title'?)",
                $"{SourceName}:22:21: error: 'postive' is not a result: one of negative | positive | missed | invalid (did you mean 'positive'?)",
                $"{SourceName}:27:9: error: 'to' names unknown stage 'lats' (did you mean 'last'?)",
                $"{SourceName}:30:9: error: 'to' names unknown stage 'lats' (did you mean 'last'?)",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
