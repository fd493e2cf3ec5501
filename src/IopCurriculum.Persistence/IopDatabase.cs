using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IopCurriculum.Persistence;

/// <summary>
/// Opens the engine's database. SQLite in a single file is the default (no server to install); the
/// connection is set up here so that nothing SQLite-specific leaks into the model.
/// </summary>
public sealed class IopDatabase
{
    /// <summary>Where the database lives unless told otherwise, relative to the working folder.</summary>
    public const string DefaultPath = "data/iop.db";

    // Every unit of work opens a context; pooling reuses them instead of building one per transaction.
    private readonly PooledDbContextFactory<IopDbContext> _contexts;

    private IopDatabase(DbContextOptions<IopDbContext> options, string connectionString)
    {
        _contexts = new PooledDbContextFactory<IopDbContext>(options);
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>A SQLite database file, created with its folder on first use.</summary>
    public static IopDatabase Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            // Waits this long for another writer (the scheduler, a CLI command) instead of failing at once.
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        var options = new DbContextOptionsBuilder<IopDbContext>()
            .UseSqlite(connectionString)
            .Options;
        return new IopDatabase(options, connectionString);
    }

    public IopDbContext Open() => _contexts.CreateDbContext();

    /// <summary>Brings the schema up to date, then turns on write-ahead logging so readers never block the writer.</summary>
    public void Migrate()
    {
        using var db = Open();
        db.Database.Migrate();
        if (db.Database.IsSqlite())
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}
