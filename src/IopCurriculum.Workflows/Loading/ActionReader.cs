using System.Globalization;
using IopCurriculum.Definitions.Yaml;
using YamlDotNet.RepresentationModel;

namespace IopCurriculum.Workflows.Loading;

/// <summary>
/// Reads a list of actions (<c>on_entry</c> or <c>actions</c>): each a name, or a mapping whose
/// <c>action</c> key names it and whose other keys are its arguments.
/// </summary>
internal static class ActionReader
{
    /// <summary>The actions read; <paramref name="complete"/> is false when some item was reported and left out.</summary>
    public static IReadOnlyList<WorkflowAction> Read(YamlMap owner, string key, out bool complete)
    {
        var before = owner.Diagnostics.Count;
        var actions = new List<WorkflowAction>();
        foreach (var item in owner.Items(key))
        {
            var action = item switch
            {
                YamlScalarNode scalar => ReadName(owner, scalar),
                YamlMappingNode => ReadMapping(owner.MapItem(item, key)!),
                _ => Unreadable(owner, item, key),
            };
            if (action is not null) actions.Add(action);
        }
        complete = owner.Diagnostics.Count == before;
        return actions;
    }

    private static WorkflowAction? ReadName(YamlMap owner, YamlScalarNode scalar)
    {
        var name = scalar.Value ?? "";
        if (!Known(owner, name, owner.At(scalar))) return null;
        foreach (var required in WorkflowActionNames.RequiredArgumentsOf(name))
            owner.Diagnostics.Add(owner.At(scalar), $"{name} needs '{required}': write it as {{ action: {name}, {required}: ... }}");
        return new WorkflowAction(name, new Dictionary<string, string>(StringComparer.Ordinal).AsReadOnly());
    }

    private static WorkflowAction? ReadMapping(YamlMap map)
    {
        var name = map.Named("an action").Text(WorkflowKeys.Action, required: true);
        if (name is null || !Known(map, name, map.ValueLocationOf(WorkflowKeys.Action))) return null;
        map.Named($"action {name}");

        var allowed = WorkflowActionNames.ArgumentsOf(name);
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        var complete = true;
        foreach (var argument in map.Keys.Where(k => k != WorkflowKeys.Action))
        {
            if (!allowed.Contains(argument))
            {
                map.Diagnostics.Add(map.LocationOf(argument),
                    $"unknown argument '{argument}' for {name}{Suggestions.Hint(argument, allowed)}; it takes {string.Join(", ", allowed.Select(a => $"'{a}'"))}");
                complete = false;
                continue;
            }
            if (map.Text(argument, required: true) is { } value) arguments[argument] = value;
            else complete = false;
        }
        foreach (var required in WorkflowActionNames.RequiredArgumentsOf(name).Where(r => !map.Has(r)))
        {
            map.Diagnostics.Add(map.Location, $"{name} needs '{required}'");
            complete = false;
        }
        if (arguments.TryGetValue(WorkflowActionNames.AmountArgument, out var amount) && !IsPositiveNumber(amount))
        {
            map.Diagnostics.Add(map.ValueLocationOf(WorkflowActionNames.AmountArgument), $"'amount' of {name} must be a positive number such as 10, not '{amount}'");
            complete = false;
        }
        if (arguments.TryGetValue(WorkflowActionNames.WithinHoursArgument, out var hours)
            && !(int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 1 and <= WorkflowActionNames.LongestWithinHours))
        {
            map.Diagnostics.Add(map.ValueLocationOf(WorkflowActionNames.WithinHoursArgument),
                $"'within_hours' of {name} must be a whole number of hours from 1 to {WorkflowActionNames.LongestWithinHours}, not '{hours}'");
            complete = false;
        }
        return complete ? new WorkflowAction(name, arguments.AsReadOnly()) : null;
    }

    private static bool Known(YamlMap owner, string name, Definitions.Diagnostics.SourceLocation where)
    {
        if (WorkflowActionNames.IsKnown(name)) return true;
        var hint = Suggestions.Hint(name, WorkflowActionNames.All);
        owner.Diagnostics.Add(where, hint.Length > 0
            ? $"unknown action '{name}'{hint}"
            : $"unknown action '{name}'; the actions are {string.Join(", ", WorkflowActionNames.All)}");
        return false;
    }

    private static bool IsPositiveNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0;

    private static WorkflowAction? Unreadable(YamlMap owner, YamlNode item, string key)
    {
        owner.Diagnostics.Add(owner.At(item), $"each item of '{key}' must be an action name or a mapping such as {{ action: issue-reward, amount: 10 }}");
        return null;
    }
}
