using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Files;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Definitions.Curricula;

/// <summary>
/// Loads a curriculum from its folder (or a single file), reporting every problem at once with its
/// file:line:column. Returns the whole curriculum or none of it.
/// </summary>
public static class CurriculumLoader
{
    public const string MainFileName = "curriculum.yaml";

    /// <param name="path">A curriculum folder holding <c>curriculum.yaml</c>, or a curriculum file.</param>
    public static LoadResult<Curriculum> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var diagnostics = new DiagnosticBag();
        var file = Directory.Exists(path) ? Path.Combine(path, MainFileName) : path;
        var map = YamlFile.LoadMapping(file, "curriculum", diagnostics)?.Expect("the curriculum", CurriculumKeys.Curriculum);
        var curriculum = map is null ? null : Read(map, Path.GetDirectoryName(file) ?? ".");
        return curriculum is not null && diagnostics.Count == 0
            ? LoadResult.Success(curriculum)
            : LoadResult.Failure<Curriculum>(diagnostics.Sorted());
    }

    private static Curriculum? Read(YamlMap map, string folder)
    {
        var diagnostics = map.Diagnostics;
        var id = map.Text("id", required: true);
        if (id is not null && !CurriculumId.IsValid(id))
            diagnostics.Add(map.ValueLocationOf("id"), CurriculumRules.IdFormatMessage(id));
        var version = map.Text("version", required: true);
        if (version is not null)
            diagnostics.Check(map.ValueLocationOf("version"), CurriculumRules.VersionFormat(version));
        var title = map.Text("title", required: true);
        var weeks = map.WholeNumber("weeks", required: true, min: 1, max: 104);
        var description = map.Text("description") ?? "";
        var source = map.Text("source");

        var tracks = map.Items("tracks", required: true).Select(item => ReadTrack(map, item, folder)).OfType<TrackDraft>().ToList();
        if (map.Has("tracks") && tracks.Count == 0 && diagnostics.Count == 0)
            diagnostics.Add(map.ValueLocationOf("tracks"), "a curriculum needs at least one track");
        CrossCheck(diagnostics, tracks, weeks);

        if (diagnostics.Count > 0 || id is null || version is null || title is null || weeks is null) return null;
        try
        {
            return new Curriculum(new CurriculumId(id), version, title, weeks.Value, tracks.Select(t => t.Track!))
            {
                Description = description,
                Source = source,
            };
        }
        catch (CurriculumRuleException e)
        {
            // Every rule is checked above with its place; this is the domain's last word, kept so that
            // nothing half-valid ever escapes.
            diagnostics.Add(map.Location, e.Message);
            return null;
        }
    }

    private static TrackDraft? ReadTrack(YamlMap curriculum, YamlDotNet.RepresentationModel.YamlNode item, string folder)
    {
        if (item is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } relative })
        {
            if (ContainedPath.Problem(folder, relative, "the curriculum folder") is { } problem)
            {
                curriculum.Diagnostics.Add(curriculum.At(item), $"track file '{relative}' {problem}");
                return null;
            }
            var trackFile = Path.Combine(folder, ContainedPath.Normal(relative)!);
            var trackMap = YamlFile.LoadMapping(trackFile, "track", curriculum.Diagnostics, curriculum.At(item));
            return trackMap is null ? null : TrackReader.Read(trackMap);
        }
        return curriculum.MapItem(item, "tracks") is { } inline ? TrackReader.Read(inline) : null;
    }

    private static void CrossCheck(DiagnosticBag diagnostics, List<TrackDraft> tracks, int? weeks)
    {
        var trackCodes = new Dictionary<TrackCode, SourceLocation>();
        foreach (var track in tracks)
        {
            if (track.Code is not { } code) continue;
            if (!trackCodes.TryAdd(code, track.CodeWhere))
                diagnostics.Add(track.CodeWhere, $"duplicate track code '{code}' (first defined at {trackCodes[code]})");
            if (weeks is not null && track.Weeks is { } range)
                diagnostics.Check(track.WeeksWhere, CurriculumRules.TrackWeeks(code, range, weeks.Value));
        }

        var handouts = new Dictionary<HandoutCode, SourceLocation>();
        foreach (var (handout, where) in tracks.SelectMany(t => t.Handouts))
            if (!handouts.TryAdd(handout.Code, where))
                diagnostics.Add(where, $"duplicate handout code '{handout.Code}' (first defined at {handouts[handout.Code]})");

        var known = handouts.Keys.Select(h => h.Value).ToArray();
        foreach (var (session, handout, where) in tracks.SelectMany(t => t.HandoutReferences))
            if (CurriculumRules.HandoutReference(session, handout, handouts.ContainsKey(handout)) is { } problem)
                diagnostics.Add(where, problem + Suggestions.Hint(handout.Value, known));
    }
}
