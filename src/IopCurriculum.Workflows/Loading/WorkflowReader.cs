using System.Globalization;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;

namespace IopCurriculum.Workflows.Loading;

/// <summary>Reads a whole workflow mapping: its header, its stages, then its transitions, then the rules that span them.</summary>
internal static class WorkflowReader
{
    public static WorkflowDefinition? Read(YamlMap map, string source)
    {
        var diagnostics = map.Diagnostics;
        var name = map.Text("workflow", required: true);
        if (name is not null && !WorkflowNames.IsValid(name))
            diagnostics.Add(map.ValueLocationOf("workflow"), WorkflowNames.Problem("workflow", name, "matrix-client"));
        var version = map.Value("version", required: true, "a whole number of 1 or more, such as 1",
            text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : (int?)null);
        var title = map.Text("title", required: true);
        var initial = map.Text("initial", required: true);

        var stagesBefore = diagnostics.Count;
        var (stages, declared) = ReadStages(map);
        var stagesClean = diagnostics.Count == stagesBefore;
        var referencesBefore = diagnostics.Count;
        // With no stage at all (already reported), every reference would be reported again as unknown.
        if (initial is not null && declared.Count > 0 && !declared.Contains(initial))
            diagnostics.Add(map.ValueLocationOf("initial"), $"'initial' names unknown stage '{initial}'{Suggestions.Hint(initial, declared)}");
        var reader = new TransitionReader(declared, new ScalarPositions(source, map.File));
        var transitions = map.Items("transitions")
            .Select((item, i) => map.MapItem(item, "transitions") is { } t ? reader.Read(t, i + 1) : null)
            .OfType<TransitionDraft>()
            .ToList();
        var referencesResolved = diagnostics.Count == referencesBefore;

        new WorkflowChecks(diagnostics, stages, transitions).Run(stagesClean && referencesResolved ? initial : null);

        if (diagnostics.Count > 0 || name is null || version is null || title is null || initial is null) return null;
        return new WorkflowDefinition(
            name, version.Value, title, initial,
            [.. stages.Select(s => s.Stage)],
            [.. transitions.Select(t => t.ToDefinition())],
            source);
    }

    /// <returns>The stages read whole, and every stage name written, valid or not.</returns>
    private static (List<StageDraft> Stages, HashSet<string> Declared) ReadStages(YamlMap map)
    {
        var diagnostics = map.Diagnostics;
        var before = diagnostics.Count;
        var items = map.Items("stages", required: true);
        if (map.Has("stages") && items.Count == 0 && diagnostics.Count == before)
            diagnostics.Add(map.ValueLocationOf("stages"), "a workflow needs at least one stage");

        var stages = new List<StageDraft>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var firstWhere = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (map.MapItem(item, "stages") is not { } stageMap) continue;
            var stage = StageReader.Read(stageMap, out var written);
            if (written is not null) declared.Add(written);
            if (stage is null) continue;
            if (firstWhere.TryGetValue(stage.Stage.Name, out var first))
            {
                diagnostics.Add(stage.NameWhere, $"duplicate stage '{stage.Stage.Name}' (first defined at {first})");
                continue;
            }
            firstWhere[stage.Stage.Name] = stage.NameWhere;
            stages.Add(stage);
        }
        return (stages, declared);
    }
}
