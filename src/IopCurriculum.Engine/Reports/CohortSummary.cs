using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

public sealed record CohortSummary(string Id, string ProgramId, string CurriculumId, DateOnly Start, int Weeks, int WeeksEnded, bool OpenGroups, int Clients);
