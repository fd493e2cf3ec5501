namespace IopCurriculum.Fhir;

/// <summary>What an export wrote: where, which files, how many resources of each type, and as of when.</summary>
/// <param name="At">The export's instant: pass it as <c>--since</c> to the next incremental export.</param>
public sealed record ExportSummary(string Destination, IReadOnlyList<string> Files, IReadOnlyDictionary<string, int> Counts, DateTimeOffset At)
{
    public int Total => Counts.Values.Sum();
}
