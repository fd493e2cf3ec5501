using IopCurriculum.Definitions.Diagnostics;
using Xunit;

namespace IopCurriculum.Definitions.Tests.Support;

internal static class DiagnosticAssert
{
    /// <summary>The diagnostic stands at exactly this place and its message holds every key phrase.</summary>
    public static void At(Diagnostic diagnostic, string file, (int Line, int Column) where, params string[] phrases)
    {
        Assert.Equal(file, diagnostic.Location.File);
        Assert.Equal(where, (diagnostic.Location.Line, diagnostic.Location.Column));
        foreach (var phrase in phrases)
            Assert.Contains(phrase, diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>The load failed with exactly one problem, at this place, with these key phrases.</summary>
    public static void Single<T>(LoadResult<T> result, string file, (int Line, int Column) where, params string[] phrases)
        where T : class
    {
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        At(diagnostic, file, where, phrases);
    }
}
