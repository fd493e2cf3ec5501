using NodaTime;

namespace IopCurriculum.Engine.Measures;

/// <summary>A measure a client should complete: due in the client's week <paramref name="ClientWeek"/>, or overdue since then.</summary>
/// <param name="DueFrom">The first day of the week it fell due.</param>
/// <param name="Overdue">Its week has passed without it.</param>
public sealed record MeasureDueItem(string ClientId, string RosterName, string Instrument, string Title, int ClientWeek, LocalDate DueFrom, bool Overdue)
{
    /// <summary>"due this week" or "overdue since 2026-12-07".</summary>
    public string StatusText => Overdue ? $"overdue since {DueFrom:d MMMM uuuu}" : "due this week";
}
