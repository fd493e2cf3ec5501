using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace IopCurriculum.Persistence;

/// <summary>
/// Opens the engine's database. SQLite in a single file is the default (no server to install);
/// PostgreSQL is chosen by giving a connection string instead of a path. The connection is set up here
/// so that nothing provider-specific leaks into the model.
/// </summary>
public sealed class IopDatabase
{
    /// <summary>Where the database lives unless told otherwise, relative to the working folder.</summary>
    public const string DefaultPath = "data/iop.db";

    /// <summary>The assembly that holds the PostgreSQL migrations; the SQLite ones live beside the model.</summary>
    public const string PostgresMigrationsAssembly = "IopCurriculum.Persistence.Postgres";

    // Every unit of work opens a context; pooling reuses them instead of building one per transaction.
    private readonly PooledDbContextFactory<IopDbContext> _contexts;

    private IopDatabase(DbContextOptions<IopDbContext> options, DatabaseProvider provider, string connectionString)
    {
        _contexts = new PooledDbContextFactory<IopDbContext>(options);
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// The database a setting names: a PostgreSQL connection string (<c>Host=…;Database=…</c>) or URL
    /// (<c>postgres://user@host:port/database</c>) opens PostgreSQL; anything else is a SQLite file path.
    /// </summary>
    public static IopDatabase FromSetting(string setting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        return IsPostgresSetting(setting) ? Postgres(PostgresConnectionString(setting)) : Sqlite(setting);
    }

    /// <summary>True when a setting is a PostgreSQL connection string or URL rather than a file path.</summary>
    public static bool IsPostgresSetting(string setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var trimmed = setting.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return true;
        foreach (var part in trimmed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) continue;
            var key = part[..equals].Trim();
            if (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

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
        return new IopDatabase(options, DatabaseProvider.Sqlite, connectionString);
    }

    /// <summary>A PostgreSQL database; the database itself must exist, its tables are created by <see cref="Migrate"/>.</summary>
    public static IopDatabase Postgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        // The engine keeps no session state on its connections, so a connection going back to the pool
        // need not be reset (DISCARD ALL): one round trip less per unit of work.
        var engineConnection = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
        var options = new DbContextOptionsBuilder<IopDbContext>()
            .UseNpgsql(engineConnection, o => o.MigrationsAssembly(PostgresMigrationsAssembly))
            .Options;
        return new IopDatabase(options, DatabaseProvider.Postgres, connectionString);
    }

    /// <summary>A PostgreSQL URL turned into a connection string; a connection string is returned as it is.</summary>
    public static string PostgresConnectionString(string setting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        var trimmed = setting.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal)) return trimmed;
        var url = new Uri(trimmed);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : "postgres",
        };
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0) builder[Uri.UnescapeDataString(pair[..equals])] = Uri.UnescapeDataString(pair[(equals + 1)..]);
        }
        return builder.ConnectionString;
    }

    public IopDbContext Open() => _contexts.CreateDbContext();

    /// <summary>
    /// Brings the schema up to date. SQLite then turns on write-ahead logging so readers never block the
    /// writer. Several hosts may migrate one PostgreSQL database at once: EF Core holds a lock while it does.
    /// </summary>
    /// <exception cref="DatabaseUnusableException">The database cannot be opened, is not a database, or
    /// has a schema from a newer version of the program; nothing is changed in it.</exception>
    public void Migrate()
    {
        using var db = Open();
        try
        {
            var newer = db.Database.GetAppliedMigrations().Except(db.Database.GetMigrations(), StringComparer.Ordinal).ToList();
            if (newer.Count > 0)
                throw new DatabaseUnusableException(DatabaseProblem.NewerSchema,
                    $"the database {Name} was brought up to date by a newer version of iop (its schema has {string.Join(", ", newer)}, " +
                    "which this version does not know); run that version or a newer one on it");
            db.Database.Migrate();
            if (db.Database.IsSqlite())
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 8 or 10 or 11 or 14 or 26)
        {
            throw new DatabaseUnusableException(DatabaseProblem.NotADatabase, e.SqliteErrorCode switch
            {
                26 => $"{Name} is not an iop database: SQLite reads it as not a database at all",
                11 => $"{Name} is not an iop database: SQLite reads it as damaged",
                8 => $"the database file {Name} is read-only; iop needs to write to it",
                _ => $"the database file {Name} cannot be opened: is it a folder, or on a disk that is not there?",
            }, e);
        }
    }

    /// <summary>The database as a person would name it: the SQLite file, or PostgreSQL's host and database, never a password.</summary>
    public string Name => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : PostgresName(new NpgsqlConnectionStringBuilder(ConnectionString));

    private static string PostgresName(NpgsqlConnectionStringBuilder builder) => $"{builder.Database} on {builder.Host}";

    /// <summary>
    /// True when a failure is the database being unreachable or briefly unable to answer (a server that is
    /// restarting, a dropped connection, a deadlock, a busy file), so the same work may simply be tried again.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db && (db.IsTransient || IsTransientState(db.SqlState))) return true;
            if (e is NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException or TimeoutException }) return true;
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }) return true; // SQLITE_BUSY, SQLITE_LOCKED
        }
        return false;
    }

    /// <summary>True when a write failed on a unique index: another writer inserted the same row first.</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "23505" }) return true;
            // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
            if (e is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 }) return true;
        }
        return false;
    }

    private static bool IsTransientState(string? state) =>
        state is not null
        && (state.StartsWith("08", StringComparison.Ordinal) // connection exceptions
            || state is "57P01" or "57P02" or "57P03" // the server is shutting down or starting up
            || state is "53300" // too many connections
            || state is "40001" or "40P01"); // serialization failure, deadlock
}
