using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Library;

/// <summary>
/// A curriculum read and checked from a folder or an upload but not stored yet: its files, the model
/// they load into, and their content hash.
/// </summary>
internal sealed record CurriculumCandidate(IReadOnlyList<CurriculumFile> Files, Curriculum Curriculum, string Hash);
