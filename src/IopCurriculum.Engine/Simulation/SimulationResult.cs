using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Simulation;

public sealed record SimulationResult(string CohortId, CohortStatus Status, IReadOnlyList<JournalLine> Journal);
