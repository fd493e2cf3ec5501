using System.Globalization;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Engine.Recording;

/// <summary>What <c>iop attendance record</c> asks for.</summary>
public sealed record AttendanceRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    /// <summary>A session code such as "RP 3", or a track code such as "UA".</summary>
    public string? Session { get; init; }
    public long? SessionId { get; init; }
    public int? Week { get; init; }
    public required string Status { get; init; }
    public string? Note { get; init; }
    public string Actor { get; init; } = "unknown";
}
