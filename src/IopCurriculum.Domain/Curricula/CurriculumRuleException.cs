namespace IopCurriculum.Domain.Curricula;

/// <summary>Thrown when a curriculum part would be built in a state its rules forbid.</summary>
public sealed class CurriculumRuleException(string message) : Exception(message);
