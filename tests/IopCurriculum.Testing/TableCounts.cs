using Microsoft.Data.Sqlite;

namespace IopCurriculum.Testing;

/// <summary>
/// How many rows every table of a SQLite database holds, by table name: equal counts before and after a
/// refused command mean it wrote nothing, whatever tables later versions add.
/// </summary>
public static class TableCounts
{
    public static IReadOnlyDictionary<string, long> Of(string databasePath)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = (long)count.ExecuteScalar()!;
        }
        return counts;
    }
}
