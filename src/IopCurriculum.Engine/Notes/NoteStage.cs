namespace IopCurriculum.Engine.Notes;

/// <summary>Where a progress note is in its life: a draft, signed and waiting for a supervisor's co-signature, or complete.</summary>
public enum NoteStage { Draft, AwaitingCoSignature, Complete }
