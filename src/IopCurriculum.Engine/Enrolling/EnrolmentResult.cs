using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Enrolling;

/// <summary>What an enrolment did: the client's place in the cohort, the workflows started and the individual sessions booked.</summary>
/// <param name="Unbooked">Individual sessions no open slot could be found for; staff book these by hand.</param>
public sealed record EnrolmentResult(ClientEnrolment Enrolment, IReadOnlyList<StartedWorkflow> Instances, IReadOnlyList<CalendarSession> Booked, IReadOnlyList<string> Unbooked);
