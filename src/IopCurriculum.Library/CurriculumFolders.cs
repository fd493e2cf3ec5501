using System.Collections.Concurrent;
using System.Globalization;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Files;
using IopCurriculum.Engine;

namespace IopCurriculum.Library;

/// <summary>
/// Reads curricula from folders on disk into candidates for the library, and remembers each until one of
/// the files it was read from changes, so creating many cohorts on one folder reads and checks it once.
/// </summary>
internal sealed class CurriculumFolders
{
    private readonly ConcurrentDictionary<string, (string Stamp, CurriculumCandidate Candidate)> _read = new(StringComparer.Ordinal);

    /// <exception cref="EngineException">NotFound when there is no curriculum there; Invalid when it does not load.</exception>
    public CurriculumCandidate Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (_read.TryGetValue(full, out var known) && Stamp(full, known.Candidate) == known.Stamp) return known.Candidate;
        var candidate = ReadFresh(path, full);
        _read[full] = (Stamp(full, candidate), candidate);
        return candidate;
    }

    private static CurriculumCandidate ReadFresh(string path, string full)
    {
        var (root, mainPath) = Places(full);
        if (!File.Exists(mainPath)) throw EngineException.NotFound($"there is no {CurriculumManifest.MainFile} in {path}");
        var loaded = CurriculumLoader.Load(full);
        if (!loaded.Succeeded)
            throw EngineException.Invalid($"the curriculum at {path} has {Count(loaded.Diagnostics.Count)}", [.. loaded.Diagnostics.Select(d => d.ToString())]);

        var mainText = Text(mainPath);
        var diagnostics = new DiagnosticBag();
        var files = new List<CurriculumFile> { new(CurriculumManifest.MainFile, mainText) };
        foreach (var (track, _) in CurriculumManifest.TrackFiles(mainText, mainPath, diagnostics))
            if (files.All(f => f.Path != track))
                files.Add(new CurriculumFile(track, Text(Path.Combine(root, track))));
        if (diagnostics.Count > 0)
            throw EngineException.Invalid($"the curriculum at {path} names track files outside its folder", [.. diagnostics.Sorted().Select(d => d.ToString())]);
        var ordered = CurriculumManifest.Ordered(files);
        return new CurriculumCandidate(ordered, loaded.Value, CurriculumFingerprint.Of(ordered));
    }

    /// <summary>The folder the track names start from, and the main file: a folder's curriculum.yaml, or the file given.</summary>
    private static (string Root, string MainPath) Places(string full) =>
        File.Exists(full) && !Directory.Exists(full)
            ? (Path.GetDirectoryName(full)!, full)
            : (full, Path.Combine(full, CurriculumManifest.MainFile));

    /// <summary>
    /// When and how large each file the candidate was read from is now (through any link). The main file
    /// names the rest, so a track added or dropped changes the main file's stamp too.
    /// </summary>
    private static string Stamp(string full, CurriculumCandidate candidate)
    {
        var (root, mainPath) = Places(full);
        return string.Join('|', candidate.Files.Select(f =>
        {
            var info = Final(new FileInfo(f.Path == CurriculumManifest.MainFile ? mainPath : Path.Combine(root, f.Path)));
            return info is { Exists: true } ? string.Create(CultureInfo.InvariantCulture, $"{f.Path}:{info.LastWriteTimeUtc.Ticks}:{info.Length}") : $"{f.Path}:gone";
        }));
    }

    /// <summary>What a link finally points at (a link's own time and length say nothing of its target's).</summary>
    private static FileInfo? Final(FileInfo file)
    {
        try
        {
            return file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) is { } target ? new FileInfo(target.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Text(string path) =>
        DefinitionFile.TryRead(path, out var text) is { } problem ? throw EngineException.Invalid($"{path} {problem}") : text;

    private static string Count(int n) => n == 1 ? "1 error" : $"{n} errors";
}
