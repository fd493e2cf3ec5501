namespace IopCurriculum.Engine;

public sealed record CohortSummary(string Id, string ProgramId, string CurriculumId, DateOnly Start, int Weeks, int WeeksEnded, bool OpenGroups, int Clients);
