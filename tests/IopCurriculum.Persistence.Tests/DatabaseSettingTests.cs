namespace IopCurriculum.Persistence.Tests;

/// <summary>
/// <c>--db</c> and <c>IOP_DB</c> name either a SQLite file or a PostgreSQL database: a connection string
/// or a postgres:// URL means PostgreSQL, anything else is a path.
/// </summary>
public sealed class DatabaseSettingTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=iop;Username=iop", true)]
    [InlineData("server=db;database=iop", true)]
    [InlineData("postgres://iop@db:5432/iop", true)]
    [InlineData("postgresql://db/iop", true)]
    [InlineData("data/iop.db", false)]
    [InlineData("/var/lib/iop/iop=main.db", false)]
    public void ConnectionStringsAndUrlsMeanPostgres(string setting, bool postgres) =>
        Assert.Equal(postgres, IopDatabase.IsPostgresSetting(setting));

    [Fact]
    public void AUrlBecomesAConnectionString()
    {
        var connection = IopDatabase.PostgresConnectionString("postgres://iop:s%3Acret@db.example.internal:6432/clinics?Timeout=5");
        Assert.Contains("Host=db.example.internal", connection, StringComparison.Ordinal);
        Assert.Contains("Port=6432", connection, StringComparison.Ordinal);
        Assert.Contains("Database=clinics", connection, StringComparison.Ordinal);
        Assert.Contains("Username=iop", connection, StringComparison.Ordinal);
        Assert.Contains("Password=s:cret", connection, StringComparison.Ordinal);
        Assert.Contains("Timeout=5", connection, StringComparison.Ordinal);
    }

    [Fact]
    public void APathOpensSqliteAndAConnectionStringPostgres()
    {
        using var folder = new TempFolder();
        Assert.Equal(DatabaseProvider.Sqlite, IopDatabase.FromSetting(Path.Combine(folder.Path, "iop.db")).Provider);
        // Opening PostgreSQL connects to nothing until the first unit of work.
        Assert.Equal(DatabaseProvider.Postgres, IopDatabase.FromSetting("Host=127.0.0.1;Database=iop").Provider);
    }
}
