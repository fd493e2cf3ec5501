using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Definitions.Curricula;

/// <summary>Reads a track's handout list.</summary>
internal static class HandoutReader
{
    public static IReadOnlyList<(Handout Handout, SourceLocation Where)> Read(YamlMap track)
    {
        var handouts = new List<(Handout, SourceLocation)>();
        foreach (var item in track.Items("handouts"))
        {
            var map = track.MapItem(item, "handouts")?.Expect("a handout", CurriculumKeys.Handout);
            if (map is null) continue;
            var code = map.Text("code", required: true);
            var title = map.Text("title", required: true);
            var provenance = map.Enum<Provenance>("provenance", required: true);
            if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(title) || provenance is null) continue;
            handouts.Add((new Handout(new HandoutCode(code), title, provenance.Value), map.ValueLocationOf("code")));
        }
        return handouts;
    }
}
