namespace IopCurriculum.Fhir.Resources;

/// <summary>How a planned session is written: its title, and its start and end as FHIR dateTimes in the program's zone.</summary>
public sealed record SessionFacts(string Title, string Start, string End);
