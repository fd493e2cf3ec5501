using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Curricula;

public sealed class WorkflowPagesTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private Task<HttpClient> Lead() => _web.SignedInAs("lee", Roles.ClinicalLead);

    [Fact]
    public async Task TheListShowsTheFilesAndTheStoredVersions()
    {
        var client = await Lead();

        var page = await Forms.Page(client, "/workflows");

        var files = page.QuerySelectorAll("table.workflow-files tbody tr").ToList();
        Assert.Contains(files, r => r.TextContent.Contains("matrix-client.yaml", StringComparison.Ordinal));
        Assert.Contains(files, r => r.TextContent.Contains("contingency-management.yaml", StringComparison.Ordinal));
        // The demo cohort stored both workflows it runs.
        var stored = page.QuerySelectorAll("table.workflow-versions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/workflows/matrix-client/1", stored);
        Assert.Equal(_web.Engine.Workflows.Stored().Count, stored.Count);
    }

    [Fact]
    public async Task AWorkflowPageHasTheMermaidSourceTheStagesAndTheServedScript()
    {
        var client = await Lead();
        var definition = Workflows.WorkflowLoader.Load(Repo.MatrixClient).Value;

        var page = await Forms.Page(client, $"/workflows/{definition.Name}/{definition.Version}");

        var source = page.QuerySelector("pre.mermaid-source")!.TextContent;
        Assert.StartsWith("stateDiagram-v2", source.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(source, page.QuerySelector("pre.mermaid")!.TextContent);
        foreach (var stage in definition.Stages)
        {
            Assert.Contains($"state \"{Workflows.WorkflowDiagram.Escape(stage.Words)}\"", source, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector($"table.stages tr[id='stage-{stage.Name}']"));
        }
        var guarded = definition.Transitions.First(t => t.When is not null);
        Assert.Contains(page.QuerySelectorAll("table.transitions td"), td => td.TextContent == guarded.When!.Text);
        Assert.Equal(definition.Transitions.Count, page.QuerySelectorAll("table.transitions tbody tr").Length);

        var script = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        Assert.Equal("/lib/mermaid/mermaid.min.js", script);
        var served = await client.GetAsync(new Uri(script, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("mermaid", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownWorkflowVersionSaysSo()
    {
        var client = await Lead();
        var page = await Forms.Page(client, "/workflows/matrix-client/99");
        Assert.Equal("Workflow not found", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("matrix-client version 99", page.QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
    }
}
