namespace IopCurriculum.Plans.Drafts;

/// <summary>A diagnosis row: an ICD-10-CM code or the clinician's words; a row with neither is left out.</summary>
public sealed class DraftDiagnosis
{
    public string Code { get; set; } = "";

    public string Text { get; set; } = "";

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Text);
}
