namespace IopCurriculum.Domain.Curricula;

/// <summary>Whether clients may join a track in any week.</summary>
public enum Enrolment { Open, Closed }
