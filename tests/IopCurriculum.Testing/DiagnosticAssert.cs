using System.Diagnostics.CodeAnalysis;
using IopCurriculum.Definitions.Diagnostics;
using Xunit;

namespace IopCurriculum.Testing;

/// <summary>Where a loader's diagnostic stands and what it says, for the curriculum, calendar and workflow loaders alike.</summary>
[SuppressMessage("Naming", "CA1720", Justification = "Single says what it asserts, as xunit's Assert.Single does.")]
public static class DiagnosticAssert
{
    /// <summary>The name the tests give YAML they parse from memory rather than from a file.</summary>
    public const string InMemorySource = "sample.yaml";

    /// <summary>The diagnostic stands at exactly this place and its message holds every key phrase.</summary>
    public static void At(Diagnostic diagnostic, string file, (int Line, int Column) where, params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(phrases);
        Assert.Equal(file, diagnostic.Location.File);
        Assert.Equal(where, (diagnostic.Location.Line, diagnostic.Location.Column));
        foreach (var phrase in phrases)
            Assert.Contains(phrase, diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>The load failed with exactly one problem, at this place, with these key phrases.</summary>
    public static void Single<T>(LoadResult<T> result, string file, (int Line, int Column) where, params string[] phrases)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        At(diagnostic, file, where, phrases);
    }

    /// <summary>The load failed with exactly one problem, at this place, with exactly this message.</summary>
    public static void Single<T>(LoadResult<T> result, (int Line, int Column) where, string message, string file = InMemorySource)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{file}:{where.Line}:{where.Column}: error: {message}", diagnostic.ToString());
    }
}
