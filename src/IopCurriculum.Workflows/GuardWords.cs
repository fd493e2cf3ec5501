using System.Text.RegularExpressions;

namespace IopCurriculum.Workflows;

/// <summary>
/// A condition as a sentence reads it: <c>result == negative and weeks_in_stage >= 4</c> becomes
/// "result is negative and weeks in stage is at least 4", and <c>attended(ER) >= 6</c> "ER sessions
/// attended is at least 6". For journal reasons and diagrams, not for parsing.
/// </summary>
public static partial class GuardWords
{
    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["=="] = "is",
        ["!="] = "is not",
        [">="] = "is at least",
        ["<="] = "is at most",
        [">"] = "is over",
        ["<"] = "is under",
    };

    public static string Of(string condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var words = FunctionPattern().Replace(condition, Function);
        words = OperatorPattern().Replace(words, m => Operators[m.Value]);
        return NamePattern().Replace(words, m => m.Value.Replace('_', ' '));
    }

    /// <summary><c>attended(IC)</c> becomes "IC sessions attended", <c>item(PHQ9, 9)</c> "PHQ9 item 9".</summary>
    private static string Function(Match call)
    {
        var (name, of, second) = (call.Groups["name"].Value, call.Groups["of"].Value, call.Groups["second"].Value);
        return name switch
        {
            "attended" => $"{of} sessions attended",
            "missed" => $"{of} sessions missed",
            "item" => $"{of} item {second}",
            _ => $"the {of} {name}",
        };
    }

    [GeneratedRegex(@"\b(?<name>attended|missed|score|item|change|severity)\(\s*(?<of>[^,()\s]+)\s*(,\s*(?<second>[^,()\s]+)\s*)?\)")]
    private static partial Regex FunctionPattern();

    [GeneratedRegex("==|!=|>=|<=|>|<")]
    private static partial Regex OperatorPattern();

    [GeneratedRegex(@"\b[a-z]+(_[a-z]+)+\b")]
    private static partial Regex NamePattern();
}
