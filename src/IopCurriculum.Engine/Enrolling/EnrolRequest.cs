using System.Text.Json;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Enrolling;

/// <summary>What <c>iop client enroll</c> asks for.</summary>
public sealed record EnrolRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    /// <summary>The cohort week the client joins; by default the week running now.</summary>
    public int? Week { get; init; }
    public string Actor { get; init; } = "unknown";
    public string? Reason { get; init; }
}
