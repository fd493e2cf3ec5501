using IopCurriculum.Engine;

namespace IopCurriculum.Library;

/// <summary>
/// One stored version of a curriculum. <see cref="Files"/> is empty in listings and holds every file,
/// <c>curriculum.yaml</c> first, when one version is read.
/// </summary>
public sealed record CurriculumVersion(
    string CurriculumId,
    string Version,
    string Title,
    string ContentHash,
    string UploadedBy,
    DateTime UploadedUtc,
    IReadOnlyList<CurriculumFile> Files)
{
    public string Label => $"{CurriculumId} {Version}";
}
