namespace IopCurriculum.Notes.Billing;

/// <summary>Where a client's note for an attended session stands, as billing sees it: complete once signed (and co-signed where needed).</summary>
public enum NoteState { Missing, Draft, AwaitingCoSignature, Complete }
