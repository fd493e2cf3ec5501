using IopCurriculum.Definitions.Yaml;

namespace IopCurriculum.Workflows.Loading;

/// <summary>Reads one item of <c>stages</c>.</summary>
internal static class StageReader
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
        var description = map.Text("description");
        var final = map.Flag("final") ?? false;
        var onEntry = ActionReader.Read(map, "on_entry", out _);
        return name is null ? null : new StageDraft(new StageDefinition(name, description, final, onEntry), map.ValueLocationOf("name"));
    }
}
