using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;

namespace IopCurriculum.Testing;

/// <summary>A fresh SQLite database file under the temp folder, migrated, and deleted (with its WAL files) afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase(string prefix = "iop-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.db");
        Database = IopDatabase.Sqlite(Path);
        Database.Migrate();
    }

    public string Path { get; }

    public IopDatabase Database { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
