using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;

namespace IopCurriculum.Testing;

/// <summary>
/// A fresh SQLite database file in a folder of its own under the temp folder, migrated, and deleted with
/// that folder afterwards: what the engine writes beside its database (curriculum versions) goes too.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase(string prefix = "iop-tests")
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Path = System.IO.Path.Combine(Folder, "iop.db");
        Database = IopDatabase.Sqlite(Path);
        Database.Migrate();
    }

    public string Folder { get; }

    public string Path { get; }

    public IopDatabase Database { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
