using NodaTime;

namespace IopCurriculum.Domain.Planning;

/// <summary>A local date the program is closed, such as a public holiday.</summary>
public sealed record Closure(LocalDate Date, string Name);
