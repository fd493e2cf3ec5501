using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Web.Components.Pages.Cohorts;

/// <summary>
/// The census's columns a reader can sort by, named as the address gives them (<c>?sort=hours&amp;order=desc</c>).
/// Rows without a value (no test yet, nothing recorded) sort last whichever way the column runs.
/// </summary>
public static class CensusOrder
{
    public static readonly IReadOnlyList<string> Columns = ["client", "stage", "week", "this-week", "overall", "hours", "test", "flags"];

    /// <summary>The rows in the asked order, or a problem naming a column or direction the census does not have.</summary>
    public static (IReadOnlyList<CensusRow> Rows, string? Problem) Sort(IReadOnlyList<CensusRow> rows, string? column, string? order)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (order is not (null or "asc" or "desc"))
            return (rows, $"'{Clip(order)}' is not an order: the address should give asc or desc.");
        if (column is null) return (rows, order is null ? null : "An order needs a column to sort by, such as sort=hours.");
        if (!Columns.Contains(column))
            return (rows, $"'{Clip(column)}' is not a column of the census: the address should give one of {string.Join(", ", Columns)}.");
        var descending = order == "desc";
        return (column switch
        {
            "client" => By(rows, r => r.ClientId, descending),
            "stage" => By(rows, r => string.Join(" ", r.Workflows.Select(w => w.StageTitle)), descending),
            "week" => By(rows, r => r.Discharged ? null : (int?)r.ClientWeek, descending),
            "this-week" => By(rows, r => r.AttendanceThisWeek.Percent, descending),
            "overall" => By(rows, r => r.AttendanceOverall.Percent, descending),
            "hours" => By(rows, r => r.ThisWeek?.Attended, descending),
            "test" => By(rows, r => r.LastTest?.CollectedOn, descending),
            _ => By(rows, r => (int?)r.FlagCount, descending),
        }, null);
    }

    /// <summary>The order a column's heading link asks for: the other way when it is sorted already, else ascending.</summary>
    public static string Next(string column, string? sorted, string? order) =>
        column == sorted && order != "desc" ? "desc" : "asc";

    private static List<CensusRow> By<T>(IReadOnlyList<CensusRow> rows, Func<CensusRow, T?> key, bool descending)
    {
        var comparer = Comparer<T?>.Default;
        var known = rows.Where(r => key(r) is not null);
        var sorted = descending
            ? known.OrderByDescending(key, comparer).ThenBy(r => r.ClientId, StringComparer.Ordinal)
            : known.OrderBy(key, comparer).ThenBy(r => r.ClientId, StringComparer.Ordinal);
        return [.. sorted, .. rows.Where(r => key(r) is null)];
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
