namespace IopCurriculum.Library;

/// <summary>
/// What an upload came to: the stored version (new, or the same content already stored), or every
/// problem found and nothing stored. <see cref="Files"/> holds what was read from the upload, so each
/// problem can be shown beside its line.
/// </summary>
public sealed record CurriculumUpload(
    CurriculumVersion? Version,
    bool AlreadyStored,
    IReadOnlyList<CurriculumProblem> Problems,
    IReadOnlyList<CurriculumFile> Files)
{
    public bool Succeeded => Version is not null;
}
