namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One completed instrument (PHQ-9, GAD-7, BAM, craving) for a client, with the answers given and the
/// scores they made under the instrument version it was scored by. Never changed once written, except
/// to be marked entered in error, with who, when and why.
/// </summary>
public sealed class MeasureRecord
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    /// <summary>The instrument's id, such as <c>PHQ9</c>.</summary>
    public required string Instrument { get; set; }
    public int InstrumentVersion { get; set; }
    /// <summary>The program-local day the client answered.</summary>
    public DateOnly AnsweredOn { get; set; }
    /// <summary>Item number to the points of the answer chosen, as JSON; an unanswered item is absent.</summary>
    public required string AnswersJson { get; set; }
    /// <summary>Every score as JSON (id, value or null, prorated, missing, band).</summary>
    public required string ScoresJson { get; set; }
    /// <summary>The headline score, null when too many items were missing to give it.</summary>
    public int? Score { get; set; }
    /// <summary>The headline score's band id, such as <c>moderate</c>; null for an instrument without bands.</summary>
    public string? Severity { get; set; }
    /// <summary>Item numbers answered above their critical point, comma-separated; empty for none.</summary>
    public string CriticalItems { get; set; } = "";
    public string? Note { get; set; }
    public DateTime RecordedUtc { get; set; }
    public required string Actor { get; set; }
    /// <summary>Set when a clinician marks the entry as made in error; it then counts nowhere but stays readable.</summary>
    public DateTime? StruckUtc { get; set; }
    public string? StruckBy { get; set; }
    public string? StruckReason { get; set; }
}
