using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>
/// A week still to come, or running, whose scheduled hours fall under the program's weekly minimum for
/// some of the clients expected that week.
/// </summary>
/// <param name="Fewest">The fewest hours scheduled for any of those clients.</param>
/// <param name="ClientsShort">Clients scheduled under the minimum; with no client in treatment, the group sessions alone are judged and this is 0.</param>
/// <param name="Clients">Clients in treatment and expected that week.</param>
public sealed record ShortWeek(int Week, LocalDate FirstDay, decimal Fewest, int ClientsShort, int Clients);
