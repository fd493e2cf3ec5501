using IopCurriculum.Fhir.Identity;
using IopCurriculum.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Fhir.Serving;

/// <summary>One enrolment, with what its resources' ids are derived from.</summary>
public sealed record EnrolmentRow(long EnrolmentId, string ProgramId, string? ClientIdSystem, string CohortId, string ClientId)
{
    public ClientKeys Keys() => new(ProgramId, CohortId, ClientId, Naming.ClientSystem(ProgramId, ClientIdSystem));
}
