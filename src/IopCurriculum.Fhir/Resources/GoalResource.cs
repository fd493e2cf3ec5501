using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Plans.Goals;
using FhirGoal = Hl7.Fhir.Model.Goal;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A goal of the signed treatment plan as a US Core Goal: the statement, its target date, where it
/// stands, and its objectives as notes. The narrative also names the services that serve it.
/// </summary>
public static class GoalResource
{
    public static FhirGoal Build(ExportSettings settings, PlanGoal goal, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(keys);
        var plan = goal.Goal;
        var resource = new FhirGoal
        {
            Id = withId ? goal.Key.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = Render(settings, goal, keys) },
            Identifier = [new Identifier(keys.GoalSystem, keys.GoalValue(goal.ProblemIndex, goal.GoalIndex))],
            LifecycleStatus = Lifecycle(plan.Status),
            AchievementStatus = Achievement(plan.Status),
            Description = new CodeableConcept { Text = plan.Statement },
            Subject = new ResourceReference(keys.Patient.Reference(style)),
            Target = [new FhirGoal.TargetComponent { Due = new Date(plan.Target.Year, plan.Target.Month, plan.Target.Day) }],
            Note = [.. plan.Objectives.Select(o => new Annotation { Text = $"Objective: {o}" })],
        };
        return resource;
    }

    /// <summary>US Core's mapping: a goal that was achieved or not is completed, and its achievement says which.</summary>
    public static FhirGoal.GoalLifecycleStatus Lifecycle(GoalStatus status) => status switch
    {
        GoalStatus.Proposed => FhirGoal.GoalLifecycleStatus.Proposed,
        GoalStatus.Achieved or GoalStatus.NotAchieved => FhirGoal.GoalLifecycleStatus.Completed,
        GoalStatus.Cancelled => FhirGoal.GoalLifecycleStatus.Cancelled,
        _ => FhirGoal.GoalLifecycleStatus.Active,
    };

    public static CodeableConcept? Achievement(GoalStatus status) => status switch
    {
        GoalStatus.Achieved => new CodeableConcept(CodeSystems.GoalAchievement, "achieved", "Achieved", null),
        GoalStatus.NotAchieved => new CodeableConcept(CodeSystems.GoalAchievement, "not-achieved", "Not Achieved", null),
        _ => null,
    };

    internal static string Word(GoalStatus status) => status switch
    {
        GoalStatus.NotAchieved => "not achieved",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Render(ExportSettings settings, PlanGoal goal, ClientKeys keys)
    {
        var plan = goal.Goal;
        var html = new Xhtml()
            .Labelled("Goal", plan.Statement)
            .Labelled("Problem", goal.Problem.Statement)
            .Labelled("Target", $"{plan.Target:uuuu-MM-dd}, {Word(plan.Status)}")
            .Labelled("Client", keys.ClientId);
        if (plan.Objectives.Count > 0)
        {
            html.Element("p", "Objectives:").Open("ul");
            foreach (var objective in plan.Objectives) html.Element("li", objective);
            html.Close("ul");
        }
        if (plan.Interventions.Count > 0)
        {
            html.Open("table").HeaderRow("Service", "Tracks", "Frequency", "Responsible");
            foreach (var i in plan.Interventions)
                html.Row(i.Description, string.Join(", ", i.Tracks), i.Frequency ?? "", i.Responsible);
            html.Close("table");
        }
        return html.Element("p", settings.Notice).ToString();
    }
}
