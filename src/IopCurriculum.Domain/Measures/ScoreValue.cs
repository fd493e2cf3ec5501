namespace IopCurriculum.Domain.Measures;

/// <summary>One score of a completed instrument.</summary>
/// <param name="Value">Null when more items were missing than the instrument's rule allows.</param>
/// <param name="Prorated">Missing items were filled with the mean of the answered ones.</param>
/// <param name="Missing">How many of the score's items were not answered.</param>
public sealed record ScoreValue(string Id, string Title, int? Value, bool Prorated, int Missing, SeverityBand? Band);
