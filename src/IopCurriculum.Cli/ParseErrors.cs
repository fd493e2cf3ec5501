using System.Text.RegularExpressions;

namespace IopCurriculum.Cli;

/// <summary>
/// The command-line parser's messages in the words of the rest of iop: a value that is not a number is
/// "not a whole number", never the name of a .NET type.
/// </summary>
internal static partial class ParseErrors
{
    public static string InWords(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = TypeMismatch().Match(message);
        if (!match.Success) return message;
        var expected = match.Groups["type"].Value switch
        {
            var t when t.Contains("Int32", StringComparison.Ordinal) || t.Contains("Int64", StringComparison.Ordinal) => "a whole number, such as 3",
            var t when t.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            var t when t.Contains("Decimal", StringComparison.Ordinal) || t.Contains("Double", StringComparison.Ordinal) => "a number, such as 2.5",
            _ => "a valid value",
        };
        return $"{match.Groups["option"].Value} takes {expected}, not '{match.Groups["value"].Value}'";
    }

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for (?:option|command|argument) '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex TypeMismatch();
}
