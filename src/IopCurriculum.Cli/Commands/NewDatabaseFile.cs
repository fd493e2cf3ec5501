using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;

namespace IopCurriculum.Cli.Commands;

/// <summary>
/// A SQLite file (and the folders above it) that a command is about to create by opening it. Unless the
/// command succeeds and says so, all of it is removed again: a refused command leaves no trace on disk.
/// </summary>
internal sealed class NewDatabaseFile : IDisposable
{
    private readonly string? _path;
    private readonly string? _createdFolder;
    private bool _keep;

    private NewDatabaseFile(string? path, string? createdFolder)
    {
        _path = path;
        _createdFolder = createdFolder;
    }

    /// <summary>Watches <paramref name="setting"/> when it names a SQLite file that does not exist yet.</summary>
    public static NewDatabaseFile Watch(string setting)
    {
        if (IopDatabase.IsPostgresSetting(setting)) return new(null, null);
        var full = Path.GetFullPath(setting);
        if (File.Exists(full) || Directory.Exists(full)) return new(null, null);
        string? created = null;
        for (var folder = Path.GetDirectoryName(full); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
            created = folder;
        return new(full, created);
    }

    /// <summary>The command did its work: the new database stays.</summary>
    public void Keep() => _keep = true;

    public void Dispose()
    {
        if (_keep || _path is null) return;
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
            if (File.Exists(file)) File.Delete(file);
        if (_createdFolder is not null && Directory.Exists(_createdFolder)) Directory.Delete(_createdFolder, recursive: true);
    }
}
