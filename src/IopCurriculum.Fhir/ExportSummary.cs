namespace IopCurriculum.Fhir;

/// <summary>What an export wrote: where, which files, how many resources of each type, and as of when.</summary>
/// <param name="At">The export's instant: pass it as <c>--since</c> to the next incremental export.</param>
/// <param name="LeftOut">The Patient ids of clients left out for want of consent, listed in <see cref="LeftOutFile"/>.</param>
public sealed record ExportSummary(string Destination, IReadOnlyList<string> Files, IReadOnlyDictionary<string, int> Counts, DateTimeOffset At, IReadOnlyList<string> LeftOut)
{
    /// <summary>The OperationOutcome naming the clients left out, by Patient id only.</summary>
    public const string LeftOutFile = "left-out.ndjson";

    public int Total => Counts.Values.Sum();
}
