using IopCurriculum.Engine.Plans;

namespace IopCurriculum.Web.Components.Pages.Plans;

/// <summary>What every part of the plan form reads: the choices it offers, the problems found on the last save, and the field to put the cursor in.</summary>
public sealed record PlanFormContext(PlanChoices Choices, FormProblems Problems, string? Focus)
{
    /// <summary>True for the field the cursor goes to after a row was added; null otherwise, so the attribute is left out.</summary>
    public bool? AutoFocus(string path) => Focus == path ? true : null;
}
