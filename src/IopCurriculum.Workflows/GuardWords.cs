using System.Text.RegularExpressions;

namespace IopCurriculum.Workflows;

/// <summary>
/// A condition as a sentence reads it: <c>result == negative and weeks_in_stage >= 4</c> becomes
/// "result is negative and weeks in stage is at least 4". For journal reasons, not for parsing.
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
        var words = OperatorPattern().Replace(condition, m => Operators[m.Value]);
        return NamePattern().Replace(words, m => m.Value.Replace('_', ' '));
    }

    [GeneratedRegex("==|!=|>=|<=|>|<")]
    private static partial Regex OperatorPattern();

    [GeneratedRegex(@"\b[a-z]+(_[a-z]+)+\b")]
    private static partial Regex NamePattern();
}
