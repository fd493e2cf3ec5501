using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Cli.Commands;

/// <summary>Prints a cohort's status as a table a facilitator can read.</summary>
internal static class CohortStatusView
{
    public static void Write(CohortStatus status, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"Cohort {status.CohortId} - {status.ProgramName}");
        output.WriteLine($"  curriculum {status.CurriculumId}; workflows {status.Workflows}; zone {status.TimeZone}");
        var running = status.RunningWeek switch
        {
            0 => $"starts {status.Start.ToString("uuuu-MM-dd", inv)}",
            var w when w > status.Weeks => "finished",
            var w => string.Create(inv, $"week {w} of {status.Weeks}"),
        };
        output.WriteLine($"  {running}; weeks ended: {status.WeeksAdvanced}" +
            (status.NextBoundary is { } next ? $"; next boundary {next.ToString("uuuu-MM-dd HH:mm", inv)}" : ""));
        output.WriteLine();
        if (status.Clients.Count == 0)
        {
            output.WriteLine("  no clients enrolled yet");
            return;
        }
        var rows = status.Clients.SelectMany(c => c.Workflows.Select((w, i) => new[]
        {
            i == 0 ? c.ClientId : "",
            i == 0 ? c.RosterName : "",
            i == 0 ? c.StartWeek.ToString(inv) : "",
            i == 0 ? c.WeeksCompleted.ToString(inv) : "",
            w.Workflow,
            w.Active ? w.Stage : $"{w.Stage} (ended)",
            w.StageWeeks.ToString(inv),
            i == 0 ? string.Join(" ", c.Attended.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}:{a.Value}")) : "",
            i == 0 ? c.LastResult ?? "-" : "",
            i == 0 ? c.Plan.Summary : "",
        })).ToList();
        Table.Write(output, ["client", "name", "from wk", "wks done", "workflow", "stage", "stage wks", "attended", "last test", "treatment plan"], rows);
    }
}

/// <summary>A plain aligned text table.</summary>
internal static class Table
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
    }
}
