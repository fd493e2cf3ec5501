using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>A fresh SQLite database file under the temp folder, migrated, and deleted (with its WAL files) afterwards.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"iop-fhir-tests-{Guid.NewGuid():N}.db");
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

/// <summary>A temporary folder for export output, removed when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("iop-fhir-tests-").FullName;

    public string Path { get; }

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
