namespace IopCurriculum.Domain.Curricula;

/// <summary>Whether a track meets every week or only when a client needs it.</summary>
public enum Cadence { Weekly, AsNeeded }
