using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Files;
using IopCurriculum.Definitions.Yaml;
using YamlDotNet.RepresentationModel;

namespace IopCurriculum.Library;

/// <summary>
/// The files that make up a curriculum: <c>curriculum.yaml</c> and the track files its <c>tracks</c> list
/// names. Anything else in the folder (calendars, notes) is not part of a version.
/// </summary>
internal static class CurriculumManifest
{
    public const string MainFile = CurriculumLoader.MainFileName;

    /// <summary>
    /// The track files <paramref name="mainText"/> names, each with where it is named. A name that would
    /// reach outside the curriculum folder is reported and left out, so nothing outside is ever read.
    /// </summary>
    public static IReadOnlyList<(string Path, SourceLocation Where)> TrackFiles(string mainText, string sourceName, DiagnosticBag diagnostics)
    {
        var map = YamlFile.ParseMapping(mainText, sourceName, "curriculum", diagnostics);
        if (map is null || map.ValueNode("tracks") is not YamlSequenceNode tracks) return [];
        var files = new List<(string, SourceLocation)>();
        foreach (var item in tracks.Children)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } name }) continue;
            var where = map.At(item);
            if (Normal(name) is { } path) files.Add((path, where));
            else diagnostics.Add(where, $"track file '{name}' {ContainedPath.NotContained("the curriculum folder")}");
        }
        return files;
    }

    /// <summary>A relative path with forward slashes and no '..' or empty parts, or null when it is not one.</summary>
    public static string? Normal(string path) => ContainedPath.Normal(path);

    /// <summary>The files in their stored order: <c>curriculum.yaml</c> first, then by path.</summary>
    public static IReadOnlyList<CurriculumFile> Ordered(IEnumerable<CurriculumFile> files) =>
        [.. files.OrderBy(f => f.Path == MainFile ? 0 : 1).ThenBy(f => f.Path, StringComparer.Ordinal)];
}
