using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Definitions.Curricula;

/// <summary>Reads a run-sheet: a list of timed blocks.</summary>
internal static class FormatReader
{
    /// <summary>The blocks, or null when the key is absent or any block is malformed.</summary>
    public static IReadOnlyList<FormatBlock>? Read(YamlMap owner, string key = "format")
    {
        if (!owner.Has(key)) return null;
        var blocks = new List<FormatBlock>();
        var whole = true;
        var items = owner.Items(key);
        foreach (var item in items)
        {
            var map = owner.MapItem(item, key)?.Expect("a format block", CurriculumKeys.FormatBlock);
            if (map is null) { whole = false; continue; }
            var name = map.Text("block", required: true);
            var minutes = map.WholeNumber("minutes", required: true, min: 1, max: 480);
            var leader = map.Text("leader") ?? "";
            if (string.IsNullOrWhiteSpace(name) || minutes is null) { whole = false; continue; }
            blocks.Add(new FormatBlock(name, minutes.Value, leader));
        }
        if (items.Count == 0)
            owner.Diagnostics.Add(owner.ValueLocationOf(key), $"'{key}' has no blocks");
        return whole && blocks.Count > 0 ? blocks : null;
    }
}
