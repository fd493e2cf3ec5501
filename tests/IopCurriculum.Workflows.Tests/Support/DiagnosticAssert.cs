using IopCurriculum.Definitions.Diagnostics;

namespace IopCurriculum.Workflows.Tests.Support;

internal static class DiagnosticAssert
{
    /// <summary>The load failed with exactly one problem, at this place, with exactly this message.</summary>
    public static void Single(LoadResult<WorkflowDefinition> result, (int Line, int Column) where, string message, string file = SampleWorkflow.SourceName)
    {
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{file}:{where.Line}:{where.Column}: error: {message}", diagnostic.ToString());
    }
}
