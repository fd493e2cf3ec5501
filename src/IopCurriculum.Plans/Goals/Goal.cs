namespace IopCurriculum.Plans.Goals;

/// <summary>A measurable goal with its target date, the objectives that mark progress toward it, and the services that serve it.</summary>
public sealed record Goal(
    string Statement,
    NodaTime.LocalDate Target,
    GoalStatus Status,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<Intervention> Interventions)
{
    /// <summary>Still being worked on: proposed or active.</summary>
    public bool Open => Status is GoalStatus.Proposed or GoalStatus.Active;
}
