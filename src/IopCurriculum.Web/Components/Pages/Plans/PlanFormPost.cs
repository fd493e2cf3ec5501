using IopCurriculum.Plans.Drafts;

namespace IopCurriculum.Web.Components.Pages.Plans;

/// <summary>What a posted plan form holds: the plan as typed, the button pressed, and why the plan changes.</summary>
public sealed record PlanFormPost(PlanDraft Draft, PlanFormAction Action, string Reason);
