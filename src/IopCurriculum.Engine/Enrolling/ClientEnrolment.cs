using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Enrolling;

/// <summary>A client's place in a cohort, from the cohort week they joined.</summary>
/// <param name="StartWeek">The cohort week the client's own week 1 falls in.</param>
public sealed record ClientEnrolment(long Id, string CohortId, string ClientId, int StartWeek, DateTime EnrolledUtc)
{
    internal static ClientEnrolment From(EnrolmentRecord enrolment) =>
        new(enrolment.Id, enrolment.CohortId, enrolment.ClientId, enrolment.StartWeek, enrolment.EnrolledUtc);
}
