namespace IopCurriculum.Testing;

/// <summary>How many rows each table holds; equal counts before and after a refusal mean nothing was written.</summary>
public sealed record RowCounts(
    int Programs, int Cohorts, int CohortWorkflows, int WorkflowDefinitions,
    int Clients, int Enrolments, int EnrolmentEvents, int Instances,
    int PlannedSessions, int Attendance, int TestResults, int Journal, int Outbox);
