using System.Diagnostics;
using Npgsql;

namespace IopCurriculum.Cluster.Tests.Support;

/// <summary>
/// The PostgreSQL server the scale-out tests run on, named by <c>IOP_TEST_POSTGRES</c> (a connection
/// string to a database the tests may create others from). Without one the tests skip on a laptop; under
/// <c>CI=true</c> they fail, since <c>.ci/run</c> starts a server. <c>IOP_TEST_POSTGRES_BIN</c> and
/// <c>IOP_TEST_POSTGRES_DATA</c> (set by <c>.ci/run</c>) let a test stop and start the server.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "IOP_TEST_POSTGRES";

    /// <summary>The server's connection string; skips the test (or fails it under CI) when there is none.</summary>
    public static string Require()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        string? problem = null;
        if (string.IsNullOrWhiteSpace(connection)) problem = $"{Variable} is not set: no PostgreSQL server to run the scale-out tests on";
        else
        {
            try
            {
                using var db = new NpgsqlConnection(connection);
                db.Open();
            }
            catch (NpgsqlException e)
            {
                problem = $"the PostgreSQL server in {Variable} cannot be reached: {e.Message}";
            }
        }
        if (problem is null) return connection!;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"CI=true and {problem}; .ci/run starts one");
        Skip.If(true, problem);
        throw new InvalidOperationException(problem);
    }

    /// <summary>Creates an empty database, or a copy of <paramref name="template"/>, and returns its connection string.</summary>
    public static string CreateDatabase(string server, string name, string? template = null)
    {
        Execute(server, template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}");
        return On(server, name);
    }

    public static string On(string server, string name) =>
        new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    public static void DropDatabase(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static void Execute(string connection, string sql)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        command.ExecuteNonQuery();
    }

    public static long Count(string connection, string sql)
    {
        using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True when the test can stop and start the server (it was started by <c>.ci/run</c> or described the same way).</summary>
    public static bool CanRestart =>
        Environment.GetEnvironmentVariable("IOP_TEST_POSTGRES_BIN") is { Length: > 0 }
        && Environment.GetEnvironmentVariable("IOP_TEST_POSTGRES_DATA") is { Length: > 0 };

    /// <summary>Stops the server at once, as a crash or a cut network would look to its clients.</summary>
    public static void Stop() => PgCtl("-m", "immediate", "-w", "stop");

    public static void Start() => PgCtl("-w", "-t", "60", "-l", Path.Combine(Path.GetDirectoryName(Data)!, "server.log"), "start");

    private static string Data => Environment.GetEnvironmentVariable("IOP_TEST_POSTGRES_DATA")!;

    private static void PgCtl(params string[] args)
    {
        var pgCtl = Path.Combine(Environment.GetEnvironmentVariable("IOP_TEST_POSTGRES_BIN")!, "pg_ctl");
        // The server refuses to run as root: as root, run pg_ctl as the data folder's owner.
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : pgCtl)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot) foreach (var arg in new[] { "-u", "postgres", "--", pgCtl }) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("-D");
        start.ArgumentList.Add(Data);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90))) process.Kill();
        Assert.True(process.ExitCode == 0, $"pg_ctl {string.Join(' ', args)} failed ({process.ExitCode}): {output.Result}{error.Result}");
    }
}
