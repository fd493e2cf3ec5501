using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;
using NodaTime;

namespace IopCurriculum.Fhir.Resources;

/// <summary>What a cohort's Group keeps of each client: a few fields, so a Group of thousands stays small until written.</summary>
public sealed record GroupMember(ResourceKey Patient, LocalDate Start, LocalDate? End, PlanState State)
{
    public static GroupMember Of(ClientPlan plan, ClientKeys keys)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(keys);
        return new(keys.Patient, plan.Start, plan.EndedAt is null ? null : plan.End, plan.State);
    }
}
