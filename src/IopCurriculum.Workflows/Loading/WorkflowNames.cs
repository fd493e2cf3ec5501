using System.Text.RegularExpressions;

namespace IopCurriculum.Workflows.Loading;

/// <summary>
/// Workflow and stage names: lower-case words joined by dashes. They appear unquoted inside guards
/// (<c>target == early-recovery</c>), so they must stay single words.
/// </summary>
internal static partial class WorkflowNames
{
    public static bool IsValid(string name) => Pattern().IsMatch(name);

    public static string Problem(string what, string name, string example) =>
        $"'{name}' is not a valid {what} name: use lower-case letters, digits and dashes, starting with a letter, such as {example}";

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
