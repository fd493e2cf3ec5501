using System.Text.Json;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Curricula;

/// <summary>
/// The curricula a program may start cohorts on, each version kept whole in the database. A version
/// number names exactly one content: storing the same id and version with other content is refused, so
/// an edit must raise the version. Cohorts run a version from its folder under the data folder.
/// </summary>
public sealed class CurriculumLibrary
{
    private const int MaxIdLength = 64;
    private const int MaxVersionLength = 40;
    private const int MaxTitleLength = 300;

    private readonly EngineContext _context;

    internal CurriculumLibrary(EngineContext context, string dataFolder)
    {
        _context = context;
        Folder = Path.GetFullPath(Path.Combine(dataFolder, "curricula"));
    }

    /// <summary>Where versions are written out for cohorts: <c>{data folder}/curricula/{id}/{version}/</c>.</summary>
    public string Folder { get; }

    /// <summary>
    /// Stores the curriculum in <paramref name="folder"/> (its curriculum.yaml and the track files it names)
    /// unless that id and version are stored already. The same content again changes nothing.
    /// </summary>
    /// <exception cref="EngineException">Invalid when the folder does not load (every problem in Details);
    /// Conflict when the id and version are stored with other content.</exception>
    public CurriculumImport Import(string folder, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        var mainPath = Path.Combine(full, CurriculumManifest.MainFile);
        if (!File.Exists(mainPath)) throw EngineException.NotFound($"there is no {CurriculumManifest.MainFile} in {folder}");
        var loaded = CurriculumLoader.Load(full);
        if (!loaded.Succeeded)
            throw EngineException.Invalid($"the curriculum at {folder} has {Count(loaded.Diagnostics.Count)}", [.. loaded.Diagnostics.Select(d => d.ToString())]);

        var mainText = File.ReadAllText(mainPath);
        var diagnostics = new DiagnosticBag();
        var files = new List<CurriculumFile> { new(CurriculumManifest.MainFile, mainText) };
        foreach (var (path, _) in CurriculumManifest.TrackFiles(mainText, mainPath, diagnostics))
            if (files.All(f => f.Path != path))
                files.Add(new CurriculumFile(path, File.ReadAllText(Path.Combine(full, path))));
        if (diagnostics.Count > 0)
            throw EngineException.Invalid($"the curriculum at {folder} names track files outside its folder", [.. diagnostics.Sorted().Select(d => d.ToString())]);
        return Store(CurriculumManifest.Ordered(files), loaded.Value, actor);
    }

    /// <summary>
    /// Checks and stores an uploaded <c>curriculum.yaml</c> (tracks written inline) or a <c>.zip</c> of a
    /// curriculum folder. Every problem comes back with its file, line and column, and nothing is stored.
    /// </summary>
    /// <exception cref="EngineException">Invalid when the upload itself is refused (not YAML or zip, a zip
    /// reaching outside its folder or too big); Conflict when the id and version are stored with other content.</exception>
    public CurriculumUpload Upload(string fileName, byte[] content, string actor)
    {
        ArgumentNullException.ThrowIfNull(content);
        var offered = CurriculumManifest.Ordered(UploadUnpacker.Unpack(fileName, content));
        var (files, problems) = CurriculumCheck.Select(offered);
        if (problems.Count > 0) return new CurriculumUpload(null, false, problems, offered);
        var (curriculum, loadProblems) = CurriculumCheck.Load(files);
        if (curriculum is null) return new CurriculumUpload(null, false, loadProblems, files);
        var import = Store(files, curriculum, actor);
        return new CurriculumUpload(import.Version, !import.Stored, [], files);
    }

    /// <summary>Every stored version, by curriculum id and then newest version first; without their files.</summary>
    public IReadOnlyList<CurriculumVersion> List()
    {
        using var db = _context.Database.Open();
        var rows = db.CurriculumVersions.AsNoTracking()
            .Select(v => new { v.CurriculumId, v.Version, v.Title, v.ContentHash, v.UploadedBy, v.UploadedUtc })
            .ToList();
        return [.. rows
            .Select(v => new CurriculumVersion(v.CurriculumId, v.Version, v.Title, v.ContentHash, v.UploadedBy, v.UploadedUtc, []))
            .OrderBy(v => v.CurriculumId, StringComparer.Ordinal)
            .ThenByDescending(v => v.Version, VersionOrder.Instance)];
    }

    /// <summary>One stored version with its files.</summary>
    /// <exception cref="EngineException">NotFound when that id and version are not stored.</exception>
    public CurriculumVersion Get(string id, string version)
    {
        using var db = _context.Database.Open();
        var record = db.CurriculumVersions.AsNoTracking().SingleOrDefault(v => v.CurriculumId == id && v.Version == version)
            ?? throw EngineException.NotFound(Unknown(db, id, version));
        return ToVersion(record);
    }

    /// <summary>The stored version as the domain curriculum, loaded from its materialized folder.</summary>
    public Curriculum Load(string id, string version) => _context.Curriculum(Materialize(id, version));

    /// <summary>
    /// The folder holding the version's files, written on first use and rewritten if its files no longer
    /// match: pass it as a cohort's curriculum path. Calling it again returns the same folder.
    /// </summary>
    /// <exception cref="EngineException">NotFound when that id and version are not stored.</exception>
    public string Materialize(string id, string version)
    {
        var stored = Get(id, version);
        var target = Path.Combine(Folder, stored.CurriculumId, stored.Version);
        if (Matches(target, stored.Files)) return target;

        // Written beside the target and moved into place, so a reader never sees half a folder.
        var scratch = $"{target}.writing-{Guid.NewGuid():N}";
        CurriculumCheck.Write(scratch, stored.Files);
        try
        {
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.Move(scratch, target);
        }
        catch (IOException) when (Matches(target, stored.Files))
        {
            // Another caller put the same files in place first.
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
        return target;
    }

    /// <summary>The structural changes and the line differences per file from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public CurriculumDiff Diff(string id, string from, string to)
    {
        var old = Get(id, from);
        var now = Get(id, to);
        return new CurriculumDiff(old, now, CurriculumDiffer.Structure(Load(id, from), Load(id, to)), CurriculumDiffer.Files(old.Files, now.Files));
    }

    private CurriculumImport Store(IReadOnlyList<CurriculumFile> files, Curriculum curriculum, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var id = curriculum.Id.Value;
        if (id.Length > MaxIdLength) throw EngineException.Invalid($"curriculum id '{id}' is longer than {MaxIdLength} characters");
        if (curriculum.Version.Length > MaxVersionLength) throw EngineException.Invalid($"version '{curriculum.Version}' is longer than {MaxVersionLength} characters");
        if (curriculum.Title.Length > MaxTitleLength) throw EngineException.Invalid($"the title of {id} is longer than {MaxTitleLength} characters");
        var hash = CurriculumFingerprint.Of(files);
        return UnitOfWork.Run(_context, db =>
        {
            var existing = db.CurriculumVersions.AsNoTracking().SingleOrDefault(v => v.CurriculumId == id && v.Version == curriculum.Version);
            if (existing is not null)
            {
                if (existing.ContentHash == hash) return new CurriculumImport(ToVersion(existing), false);
                throw EngineException.Conflict(
                    $"{id} version {curriculum.Version} is already stored with other content (stored {DefinitionCatalog.Short(existing.ContentHash)}, " +
                    $"this one {DefinitionCatalog.Short(hash)}); raise 'version' in curriculum.yaml to store the edit");
            }
            var record = new CurriculumVersionRecord
            {
                CurriculumId = id,
                Version = curriculum.Version,
                Title = curriculum.Title,
                Files = JsonSerializer.Serialize(files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal)),
                ContentHash = hash,
                UploadedBy = actor.Length > 64 ? actor[..64] : actor,
                UploadedUtc = _context.UtcNow,
            };
            db.CurriculumVersions.Add(record);
            return new CurriculumImport(ToVersion(record), true);
        });
    }

    private static CurriculumVersion ToVersion(CurriculumVersionRecord record)
    {
        var files = JsonSerializer.Deserialize<Dictionary<string, string>>(record.Files) ?? [];
        return new CurriculumVersion(record.CurriculumId, record.Version, record.Title, record.ContentHash, record.UploadedBy, record.UploadedUtc,
            CurriculumManifest.Ordered(files.Select(f => new CurriculumFile(f.Key, f.Value))));
    }

    private static bool Matches(string folder, IReadOnlyList<CurriculumFile> files) =>
        Directory.Exists(folder) && files.All(f =>
        {
            var path = Path.Combine(folder, f.Path);
            return File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == f.Text.ReplaceLineEndings("\n");
        });

    private static string Unknown(IopDbContext db, string id, string version)
    {
        var versions = db.CurriculumVersions.AsNoTracking().Where(v => v.CurriculumId == id).Select(v => v.Version).ToList();
        return versions.Count == 0
            ? $"no curriculum '{id}' is stored"
            : $"curriculum {id} has no version {version}; stored versions: {string.Join(", ", versions.Order(VersionOrder.Instance))}";
    }

    private static string Count(int n) => n == 1 ? "1 error" : $"{n} errors";
}
