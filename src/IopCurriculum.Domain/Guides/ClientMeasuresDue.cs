namespace IopCurriculum.Domain.Guides;

/// <summary>The measures one client should complete in a packet's week, by title; no score is ever printed.</summary>
/// <param name="Client">The name as the program's roster style prints it.</param>
/// <param name="Overdue">The titles among <paramref name="Measures"/> whose own week has already passed.</param>
public sealed record ClientMeasuresDue(string Client, IReadOnlyList<string> Measures, IReadOnlyList<string> Overdue);
