using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

public sealed record CohortWeek(string CohortId, int Week, int Weeks, LocalDate FirstDay, LocalDate LastDay, string TimeZone, IReadOnlyList<CalendarSession> Sessions);
