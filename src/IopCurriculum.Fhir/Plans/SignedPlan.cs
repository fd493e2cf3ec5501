using IopCurriculum.Fhir.Identity;
using IopCurriculum.Plans;

namespace IopCurriculum.Fhir.Plans;

/// <summary>
/// What the client's signed treatment plan in force adds to the export: its diagnoses (Conditions), its
/// goals (Goals) and the staff responsible for its services (a CareTeam), each with its key. A client
/// without a signed plan has none, and the export is as it was before plans existed.
/// </summary>
public sealed class SignedPlan
{
    private SignedPlan(TreatmentPlanContent content, ClientKeys keys)
    {
        Content = content;
        Diagnoses = [.. content.Assessment.Diagnoses.Select((d, i) => new PlanDiagnosis(i, d, keys.Condition(i, d.Code)))];
        Goals = [.. content.Problems.SelectMany((p, pi) => p.Goals.Select((g, gi) => new PlanGoal(pi, gi, p, g, keys.Goal(pi, gi))))];
        var team = new List<(string User, List<string> Services)>();
        foreach (var intervention in content.Goals.SelectMany(g => g.Interventions))
        {
            var member = team.FindIndex(t => string.Equals(t.User, intervention.Responsible, StringComparison.Ordinal));
            if (member < 0) team.Add((intervention.Responsible, [intervention.Description]));
            else if (!team[member].Services.Contains(intervention.Description, StringComparer.Ordinal)) team[member].Services.Add(intervention.Description);
        }
        Team = [.. team.Select(t => new TeamMember(t.User, t.Services))];
    }

    public static SignedPlan? Of(ClientPlan plan, ClientKeys keys)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(keys);
        return plan.Client.PlanInForce is { } content ? new SignedPlan(content, keys) : null;
    }

    public TreatmentPlanContent Content { get; }

    public IReadOnlyList<PlanDiagnosis> Diagnoses { get; }

    public IReadOnlyList<PlanGoal> Goals { get; }

    /// <summary>Everyone responsible for a service, in the order the plan first names them; empty when no goal has a service.</summary>
    public IReadOnlyList<TeamMember> Team { get; }

    /// <summary>The goals a session of the track serves, in plan order.</summary>
    public IEnumerable<PlanGoal> GoalsServedBy(string trackCode) => Goals.Where(g => g.ServedBy(trackCode));
}
