using System.Globalization;
using System.Text.RegularExpressions;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Engine;
using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Drafts;
using Microsoft.AspNetCore.Http;

namespace IopCurriculum.Web.Components.Pages.Plans;

/// <summary>
/// Reads a posted plan form back into a draft. Rows are taken in the order of their posted numbers, so
/// a row removed in between leaves no gap; a form with more rows than any plan needs is refused whole
/// rather than cut short.
/// </summary>
public static partial class PlanFormReader
{
    /// <summary>More rows of one kind than this is not a plan anyone wrote.</summary>
    public const int MostRows = 60;

    public static PlanFormPost Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var keys = form.Keys.ToList();
        var draft = new PlanDraft
        {
            Diagnoses = [.. Rows(keys, "diagnoses", "diagnoses").Select(i => new DraftDiagnosis
            {
                Code = Value(form, $"diagnoses[{i}].code"),
                Text = Value(form, $"diagnoses[{i}].text"),
            })],
            Asam = [.. Enum.GetValues<AsamDimension>().Select(d => new DraftRating
            {
                Dimension = d,
                Risk = Value(form, $"asam.{EnumNames.Kebab(d)}.risk"),
                Note = Value(form, $"asam.{EnumNames.Kebab(d)}.note"),
            })],
            LevelOfCare = Value(form, "level_of_care"),
            Summary = Value(form, "summary"),
            Problems = [.. Rows(keys, "problems", "problems").Select(p => Problem(form, keys, $"problems[{p}]"))],
        };
        return new PlanFormPost(draft, PlanFormAction.Parse(Value(form, "action")), Value(form, "change_reason"));
    }

    private static DraftProblem Problem(IFormCollection form, List<string> keys, string at) => new()
    {
        Statement = Value(form, $"{at}.statement"),
        Goals = [.. Rows(keys, $"{at}.goals", "goals").Select(g => Goal(form, keys, $"{at}.goals[{g}]"))],
    };

    private static DraftGoal Goal(IFormCollection form, List<string> keys, string at) => new()
    {
        Statement = Value(form, $"{at}.statement"),
        Target = Value(form, $"{at}.target"),
        Status = Value(form, $"{at}.status"),
        Objectives = Value(form, $"{at}.objectives"),
        Interventions = [.. Rows(keys, $"{at}.interventions", "services").Select(i => new DraftIntervention
        {
            Service = Value(form, $"{at}.interventions[{i}].service"),
            Tracks = [.. form[$"{at}.interventions[{i}].tracks"].OfType<string>().Where(t => t.Length > 0)],
            Frequency = Value(form, $"{at}.interventions[{i}].frequency"),
            Responsible = Value(form, $"{at}.interventions[{i}].responsible"),
        })],
    };

    /// <summary>The row numbers posted under <paramref name="list"/>, in order.</summary>
    private static List<int> Rows(List<string> keys, string list, string what)
    {
        var prefix = list + "[";
        var rows = new SortedSet<int>();
        foreach (var key in keys)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var match = RowNumber().Match(key, prefix.Length);
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row)) rows.Add(row);
        }
        if (rows.Count > MostRows) throw EngineException.Invalid($"the form has more than {MostRows} {what} in one place; a plan needs far fewer");
        return [.. rows];
    }

    private static string Value(IFormCollection form, string name) => form[name].ToString();

    [GeneratedRegex(@"\G(\d{1,6})\]\.")]
    private static partial Regex RowNumber();
}
