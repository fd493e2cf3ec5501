namespace IopCurriculum.Plans.Diagnoses;

/// <summary>An ICD-10-CM code with its dot (<c>F10.20</c>) and its official long title.</summary>
public sealed record DiagnosisCode(string Code, string Title);
