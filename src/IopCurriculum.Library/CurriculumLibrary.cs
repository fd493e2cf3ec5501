using System.Text.Json;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Files;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Library;

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

    /// <summary>One writer of version folders at a time in this process.</summary>
    private static readonly Lock Writing = new();

    private readonly WorkContext _context;
    private readonly CurriculumFolders _folders = new();

    internal CurriculumLibrary(WorkContext context, string dataFolder)
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
        var candidate = Read(folder);
        return UnitOfWork.Run(_context, db => Store(db, candidate, actor));
    }

    /// <summary>
    /// The curriculum at <paramref name="path"/> (a folder holding curriculum.yaml, or a curriculum file)
    /// read and checked whole, with the track files it names: every one inside the folder.
    /// </summary>
    /// <exception cref="EngineException">NotFound when there is no curriculum there; Invalid when it does not load.</exception>
    internal CurriculumCandidate Read(string path) => _folders.Read(path);

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
        var candidate = new CurriculumCandidate(files, curriculum, CurriculumFingerprint.Of(files));
        var import = UnitOfWork.Run(_context, db => Store(db, candidate, actor));
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
        var target = FolderOf(stored.CurriculumId, stored.Version);
        if (Matches(target, stored.ContentHash)) return target;
        lock (Writing)
        {
            // Another thread may have written it while this one waited; a folder in place is never pulled away.
            if (Matches(target, stored.ContentHash)) return target;
            // Written beside the target and moved into place, so a reader never sees half a folder.
            var scratch = $"{target}.writing-{Guid.NewGuid():N}";
            CurriculumCheck.Write(scratch, stored.Files);
            try
            {
                if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
                Directory.Move(scratch, target);
            }
            catch (IOException) when (Matches(target, stored.ContentHash))
            {
                // Another process put the same files in place first.
            }
            finally
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
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

    /// <summary>Where <see cref="Materialize"/> writes a version's files.</summary>
    internal string FolderOf(string id, string version) => Path.Combine(Folder, id, version);

    /// <summary>
    /// Stores the candidate unless that id and version are stored already with the same content, inside the
    /// caller's transaction, so a cohort and the version it runs are written together or not at all.
    /// </summary>
    internal CurriculumImport Store(IopDbContext db, CurriculumCandidate candidate, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var curriculum = candidate.Curriculum;
        var id = curriculum.Id.Value;
        if (id.Length > MaxIdLength) throw EngineException.Invalid($"curriculum id '{id}' is longer than {MaxIdLength} characters");
        if (curriculum.Version.Length > MaxVersionLength) throw EngineException.Invalid($"version '{curriculum.Version}' is longer than {MaxVersionLength} characters");
        if (curriculum.Title.Length > MaxTitleLength) throw EngineException.Invalid($"the title of {id} is longer than {MaxTitleLength} characters");
        var existing = db.CurriculumVersions.AsNoTracking().SingleOrDefault(v => v.CurriculumId == id && v.Version == curriculum.Version);
        if (existing is not null)
        {
            if (existing.ContentHash == candidate.Hash) return new CurriculumImport(ToVersion(existing), false);
            throw EngineException.Conflict(
                $"{id} version {curriculum.Version} is already stored with other content (stored {ContentHash.Short(existing.ContentHash)}, " +
                $"this one {ContentHash.Short(candidate.Hash)}); raise 'version' in curriculum.yaml to store the edit");
        }
        var record = new CurriculumVersionRecord
        {
            CurriculumId = id,
            Version = curriculum.Version,
            Title = curriculum.Title,
            Files = JsonSerializer.Serialize(candidate.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal)),
            ContentHash = candidate.Hash,
            UploadedBy = actor.Length > 64 ? actor[..64] : actor,
            UploadedUtc = _context.UtcNow,
        };
        db.CurriculumVersions.Add(record);
        return new CurriculumImport(ToVersion(record), true);
    }

    /// <summary>
    /// Writes the stored version whose content hash is <paramref name="hash"/> back into <paramref name="folder"/>
    /// when that is where the library keeps it; false when no stored version belongs there.
    /// </summary>
    internal bool Restore(string curriculumId, string hash, string folder)
    {
        List<string> versions;
        using (var db = _context.Database.Open())
            versions = [.. db.CurriculumVersions.AsNoTracking().Where(v => v.CurriculumId == curriculumId && v.ContentHash == hash).Select(v => v.Version)];
        var version = versions.FirstOrDefault(v => Path.GetFullPath(FolderOf(curriculumId, v)) == Path.GetFullPath(folder));
        if (version is null) return false;
        Materialize(curriculumId, version);
        return true;
    }

    private static CurriculumVersion ToVersion(CurriculumVersionRecord record)
    {
        var files = JsonSerializer.Deserialize<Dictionary<string, string>>(record.Files) ?? [];
        return new CurriculumVersion(record.CurriculumId, record.Version, record.Title, record.ContentHash, record.UploadedBy, record.UploadedUtc,
            CurriculumManifest.Ordered(files.Select(f => new CurriculumFile(f.Key, f.Value))));
    }

    /// <summary>By the hash a cohort's check uses, so a folder the library calls current always passes it.</summary>
    private static bool Matches(string folder, string hash) => Directory.Exists(folder) && CurriculumFingerprint.Of(folder) == hash;

    private static string Unknown(IopDbContext db, string id, string version)
    {
        var versions = db.CurriculumVersions.AsNoTracking().Where(v => v.CurriculumId == id).Select(v => v.Version).ToList();
        return versions.Count == 0
            ? $"no curriculum '{id}' is stored"
            : $"curriculum {id} has no version {version}; stored versions: {string.Join(", ", versions.Order(VersionOrder.Instance))}";
    }

}
