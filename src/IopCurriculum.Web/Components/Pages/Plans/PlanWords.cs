using IopCurriculum.Plans.Goals;
using IopCurriculum.Web.Components.Pages.Clients;

namespace IopCurriculum.Web.Components.Pages.Plans;

/// <summary>The words the plan form shows for the codes it stores.</summary>
public static class PlanWords
{
    /// <summary>The goal statuses a form offers, as stored and as read.</summary>
    public static IReadOnlyList<(string Value, string Words)> GoalStatuses { get; } =
        [.. Enum.GetValues<GoalStatus>().Select(s => (IopCurriculum.Definitions.Yaml.EnumNames.Kebab(s), ChartWords.Goal(s)))];

    /// <summary>An ASAM level with its name; where the third and fourth editions name it differently, both.</summary>
    public static string Level(string level) => level switch
    {
        "0.5" => "0.5 early intervention",
        "1.0" => "1.0 outpatient",
        "1.5" => "1.5 outpatient therapy (4th edition)",
        "1.7" => "1.7 medically managed outpatient (4th edition)",
        "2.1" => "2.1 intensive outpatient",
        "2.5" => "2.5 partial hospitalization, or high-intensity outpatient (4th edition)",
        "2.7" => "2.7 medically managed intensive outpatient (4th edition)",
        "3.1" => "3.1 clinically managed low-intensity residential",
        "3.3" => "3.3 clinically managed population-specific high-intensity residential (3rd edition)",
        "3.5" => "3.5 clinically managed high-intensity residential",
        "3.7" => "3.7 medically monitored or managed residential",
        "4.0" => "4.0 medically managed inpatient",
        _ => level,
    };
}
