using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Definitions.Tests.Support;

/// <summary>A curriculum folder written into a fresh temporary directory, deleted on dispose.</summary>
internal sealed class CurriculumFolder : IDisposable
{
    public const string CurriculumFile = "curriculum.yaml";
    public const string SkillsFile = "tracks/xx.yaml";
    public const string IndividualFile = "tracks/yy.yaml";

    public CurriculumFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "iop-definitions-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The base curriculum with any of its three files replaced; null keeps the valid text.</summary>
    public static CurriculumFolder WithBase(string? curriculum = null, string? skills = null, string? individual = null)
    {
        var folder = new CurriculumFolder();
        folder.Write(CurriculumFile, curriculum ?? SampleCurriculum.Curriculum);
        folder.Write(SkillsFile, skills ?? SampleCurriculum.SkillsTrack);
        folder.Write(IndividualFile, individual ?? SampleCurriculum.IndividualTrack);
        return folder;
    }

    /// <summary>The path the loader reports for a file of this folder.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public LoadResult<Curriculum> Load() => CurriculumLoader.Load(Root);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
