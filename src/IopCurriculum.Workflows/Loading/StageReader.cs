using IopCurriculum.Definitions.Yaml;

namespace IopCurriculum.Workflows.Loading;

/// <summary>Reads one item of <c>stages</c>.</summary>
internal static partial class StageReader
{
    /// <param name="written">The name as written, even one that is not valid, so that references to it are not reported again.</param>
    public static StageDraft? Read(YamlMap map, out string? written)
    {
        var name = written = map.Named("a stage").Text("name", required: true);
        map.Expect(name is null ? "a stage" : $"stage '{name}'", WorkflowKeys.Stage);
        if (name is not null && !WorkflowNames.IsValid(name))
        {
            map.Diagnostics.Add(map.ValueLocationOf("name"), WorkflowNames.Problem("stage", name, "early-recovery"));
            name = null;
        }
        var title = map.Text("title");
        var description = map.Text("description");
        var final = map.Flag("final") ?? false;
        var attends = map.LocatedStrings("attends");
        foreach (var (code, location) in attends.Where(a => !TrackCodePattern().IsMatch(a.Text)))
            map.Diagnostics.Add(location, $"'{code}' is not a track code; write it as in the curriculum, such as ER or RP");
        var onEntry = ActionReader.Read(map, "on_entry", out _);
        return name is null ? null : new StageDraft(
            new StageDefinition(name, description, final, onEntry) { Title = title, Attends = [.. attends.Select(a => a.Text).Distinct(StringComparer.Ordinal)] },
            map.ValueLocationOf("name"));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z][A-Z0-9]{0,9}$")]
    private static partial System.Text.RegularExpressions.Regex TrackCodePattern();
}
