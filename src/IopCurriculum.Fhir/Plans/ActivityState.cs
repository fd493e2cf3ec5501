namespace IopCurriculum.Fhir.Plans;

/// <summary>How one planned session stands for the client. R4 has no "not done": a missed session is cancelled, with a reason.</summary>
public enum ActivityState { Scheduled, NotStarted, Completed, Cancelled, OnHold }
