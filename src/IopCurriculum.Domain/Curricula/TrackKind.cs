namespace IopCurriculum.Domain.Curricula;

/// <summary>Who a track's sessions are for.</summary>
public enum TrackKind { Group, Individual, Testing }
