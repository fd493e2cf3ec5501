using NodaTime;

namespace IopCurriculum.Engine.Measures;

/// <summary>One completed instrument to record: the answers chosen, by item number.</summary>
public sealed record MeasureRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    /// <summary>The instrument's id, such as PHQ9.</summary>
    public required string Instrument { get; init; }
    public required LocalDate AnsweredOn { get; init; }
    /// <summary>Item number to the points of the answer chosen; an item left out was not answered.</summary>
    public required IReadOnlyDictionary<string, int> Answers { get; init; }
    public string? Note { get; init; }
    public string Actor { get; init; } = "unknown";
}
