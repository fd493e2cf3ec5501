using System.Globalization;
using System.Text.RegularExpressions;
using IopCurriculum.Plans.Assessment;
using IopCurriculum.Web.Components.Pages.Clients;

namespace IopCurriculum.Web.Components.Pages.Plans;

/// <summary>
/// The plan form's fields are named by the path the plan text gives them (<c>problems[0].goals[1].target</c>),
/// so a problem found at a line of the text lands on the field it came from. This gives each path its
/// element id and the words a clinician reads for it.
/// </summary>
public static partial class FormFields
{
    /// <summary>The id of the element for <paramref name="path"/>: a field, or the group of fields a row or list is.</summary>
    public static string Id(string path) => "f-" + NotWordCharacters().Replace(path, "-").Trim('-');

    /// <summary>The id of the message shown beside the element for <paramref name="path"/>.</summary>
    public static string ErrorId(string path) => Id(path) + "-error";

    /// <summary>"Problem 1, goal 2, target date" for <c>problems[0].goals[1].target</c>.</summary>
    public static string Label(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith("asam.", StringComparison.Ordinal))
        {
            var parts = path.Split('.');
            var dimension = Enum.GetValues<AsamDimension>().FirstOrDefault(d => IopCurriculum.Definitions.Yaml.EnumNames.Kebab(d) == parts[1]);
            return $"ASAM dimension {ChartWords.Dimension(dimension)}, {(parts.ElementAtOrDefault(2) == "note" ? "note" : "risk")}";
        }
        var words = new List<string>();
        foreach (Match step in Steps().Matches(path))
        {
            var name = step.Groups["name"].Value;
            words.Add(step.Groups["index"].Success
                ? $"{Row(name)} {int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture) + 1}"
                : Field(name));
        }
        var label = string.Join(", ", words);
        return label.Length == 0 ? path : char.ToUpperInvariant(label[0]) + label[1..];
    }

    private static string Row(string list) => list switch
    {
        "diagnoses" => "diagnosis",
        "problems" => "problem",
        "goals" => "goal",
        "interventions" => "service",
        _ => list,
    };

    private static string Field(string name) => name switch
    {
        "diagnoses" => "diagnoses",
        "level_of_care" => "level of care",
        "summary" => "assessment summary",
        "problems" => "problems",
        "goals" => "goals",
        "interventions" => "services",
        "statement" => "statement",
        "target" => "target date",
        "status" => "status",
        "objectives" => "objectives",
        "service" => "what is done",
        "tracks" => "groups",
        "frequency" => "how often",
        "responsible" => "responsible staff member",
        "change_reason" => "why the plan changes",
        _ => name.Replace('_', ' '),
    };

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWordCharacters();

    [GeneratedRegex(@"(?<name>[a-z_]+)(\[(?<index>\d+)\])?")]
    private static partial Regex Steps();
}
