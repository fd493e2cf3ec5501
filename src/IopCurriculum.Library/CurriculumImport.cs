namespace IopCurriculum.Library;

/// <summary>A curriculum version after an import or upload, and whether this call stored it (false: it was stored already).</summary>
public sealed record CurriculumImport(CurriculumVersion Version, bool Stored);
