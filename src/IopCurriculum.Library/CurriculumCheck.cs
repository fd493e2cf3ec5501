using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Library;

/// <summary>
/// Runs the curriculum loader over files held in memory: they are written to a scratch folder, loaded,
/// and every diagnostic is given back with its path relative to the curriculum folder.
/// </summary>
internal static class CurriculumCheck
{
    /// <summary>The track files <c>curriculum.yaml</c> names, from <paramref name="offered"/>; what it does not name is dropped.</summary>
    public static (IReadOnlyList<CurriculumFile> Files, IReadOnlyList<CurriculumProblem> Problems) Select(IReadOnlyList<CurriculumFile> offered)
    {
        var main = offered.FirstOrDefault(f => f.Path == CurriculumManifest.MainFile);
        if (main is null) return ([], [new CurriculumProblem(CurriculumManifest.MainFile, 1, 1, "the upload holds no curriculum.yaml")]);
        var diagnostics = new DiagnosticBag();
        var chosen = new List<CurriculumFile> { main };
        foreach (var (path, where) in CurriculumManifest.TrackFiles(main.Text, main.Path, diagnostics))
        {
            var file = offered.FirstOrDefault(f => f.Path == path);
            if (file is null) diagnostics.Add(where, $"track file '{path}' is not in the upload");
            else if (chosen.All(f => f.Path != path)) chosen.Add(file);
        }
        return (CurriculumManifest.Ordered(chosen), Problems(diagnostics.Sorted(), null));
    }

    public static (Curriculum? Curriculum, IReadOnlyList<CurriculumProblem> Problems) Load(IReadOnlyList<CurriculumFile> files)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "iop-curriculum-" + Guid.NewGuid().ToString("N"));
        try
        {
            Write(scratch, files);
            var loaded = CurriculumLoader.Load(scratch);
            return loaded.Succeeded ? (loaded.Value, []) : (null, Problems(loaded.Diagnostics, scratch));
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    public static void Write(string folder, IReadOnlyList<CurriculumFile> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            var target = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, file.Text);
        }
    }

    private static List<CurriculumProblem> Problems(IReadOnlyList<Diagnostic> diagnostics, string? scratch)
    {
        // The scratch folder is the server's business: problems name files as the author knows them.
        var prefix = scratch is null ? null : scratch + Path.DirectorySeparatorChar;
        return [.. diagnostics.Select(d => new CurriculumProblem(
            prefix is null ? d.Location.File : Path.GetRelativePath(scratch!, d.Location.File).Replace('\\', '/'),
            d.Location.Line,
            d.Location.Column,
            prefix is null ? d.Message : d.Message.Replace(prefix, "", StringComparison.Ordinal)))];
    }
}
