using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Workflows.Guards;
using YamlDotNet.RepresentationModel;

namespace IopCurriculum.Workflows.Loading;

/// <summary>Reads one item of <c>transitions</c>, checking the stages it names and its guard.</summary>
internal sealed class TransitionReader(IReadOnlyCollection<string> stages, ScalarPositions positions)
{
    public TransitionDraft Read(YamlMap map, int number)
    {
        map.Expect($"transition #{number}", WorkflowKeys.Transition);
        var from = ReadFrom(map);
        var trigger = map.Enum<WorkflowTrigger>("on", required: true);
        var to = map.Text("to");
        if (to is not null) CheckStage(map.Diagnostics, to, map.ValueLocationOf("to"), "to");
        var when = trigger is { } t ? ReadWhen(map, t) : null;
        var actions = ActionReader.Read(map, "actions", out var actionsComplete);
        var note = map.Text("note");
        return new TransitionDraft(map.Location, from, trigger, to, map.Has("when"), when, actions, actionsComplete, note);
    }

    /// <summary>One stage or a list of them; each is checked here.</summary>
    private List<(string Stage, SourceLocation Where)> ReadFrom(YamlMap map)
    {
        IReadOnlyList<(string Text, SourceLocation Location)> written;
        switch (map.ValueNode("from"))
        {
            case null:
                map.Text("from", required: true);
                written = [];
                break;
            case YamlScalarNode { Value: var single }:
                if (string.IsNullOrWhiteSpace(single))
                    map.Diagnostics.Add(map.ValueLocationOf("from"), "'from' names no stage");
                written = string.IsNullOrWhiteSpace(single) ? [] : [(single, map.ValueLocationOf("from"))];
                break;
            case var list:
                written = map.LocatedStrings("from");
                if (list is YamlSequenceNode && written.Count == 0)
                    map.Diagnostics.Add(map.ValueLocationOf("from"), "'from' names no stage");
                break;
        }
        var known = new List<(string, SourceLocation)>();
        foreach (var (stage, where) in written)
            if (CheckStage(map.Diagnostics, stage, where, "from"))
                known.Add((stage, where));
        return known;
    }

    private bool CheckStage(DiagnosticBag diagnostics, string stage, SourceLocation where, string key)
    {
        // With no stage declared (already reported), every name would be unknown.
        if (stages.Count == 0 || stages.Contains(stage)) return true;
        diagnostics.Add(where, $"'{key}' names unknown stage '{stage}'{Suggestions.Hint(stage, stages)}");
        return false;
    }

    private GuardExpression? ReadWhen(YamlMap map, WorkflowTrigger trigger)
    {
        if (map.ValueNode("when") is not { } node) return null;
        if (node is not YamlScalarNode scalar)
        {
            map.Diagnostics.Add(map.ValueLocationOf("when"), "'when' must be a condition such as 'stage_weeks >= 4', not a list or a mapping");
            return null;
        }
        var (guard, problems) = GuardParser.Parse(scalar.Value ?? "", trigger, stages);
        foreach (var problem in problems)
            map.Diagnostics.Add(positions.Of(scalar, problem.Offset), problem.Message);
        return guard;
    }
}
