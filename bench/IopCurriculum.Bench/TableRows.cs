using Microsoft.Data.Sqlite;

namespace IopCurriculum.Bench;

/// <summary>The rows of one table as stored (TEXT, INTEGER or NULL per column), to be written again elsewhere.</summary>
internal sealed class TableRows
{
    private TableRows(string table, string[] columns, List<object?[]> rows)
    {
        Table = table;
        Columns = columns;
        Rows = rows;
    }

    public string Table { get; }
    public string[] Columns { get; }
    public List<object?[]> Rows { get; }

    public int Column(string name)
    {
        var i = Array.IndexOf(Columns, name);
        return i >= 0 ? i : throw new InvalidOperationException($"{Table} has no column {name}");
    }

    /// <param name="table">A table name from the bench's own code, never from input.</param>
    public static TableRows Read(SqliteConnection connection, string table, string where = "1 = 1")
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE {where} ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[columns.Length];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return new TableRows(table, columns, rows);
    }

    /// <summary>A prepared <c>INSERT</c> of every column, ids included; bind a row with <see cref="Bind"/>.</summary>
    public SqliteCommand PrepareInsert(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Table} ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < Columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    public static void Bind(SqliteCommand insert, object?[] row)
    {
        for (var i = 0; i < row.Length; i++) insert.Parameters[i].Value = row[i] ?? DBNull.Value;
    }

    public static long Count(SqliteConnection connection, string table, string where = "1 = 1")
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {where}";
        return (long)command.ExecuteScalar()!;
    }

    public static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
