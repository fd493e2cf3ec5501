using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Cli.Commands;

/// <summary>Prints journal entries.</summary>
internal static class JournalView
{
    /// <summary>The stage changes among freshly written entries.</summary>
    public static void WriteChanges(IEnumerable<JournalStep> entries, TextWriter output)
    {
        foreach (var entry in entries.Where(e => e.FromStage != e.ToStage))
            output.WriteLine($"  {entry.FromStage} -> {entry.ToStage} ({entry.Trigger}){(entry.Reason is null ? "" : $": {entry.Reason}")}");
    }

    public static void Write(IReadOnlyList<JournalLine> lines, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        var rows = lines.Select(l => new[]
        {
            l.At.ToString("uuuu-MM-dd HH:mm", inv),
            l.CohortId,
            l.Week.ToString(inv),
            l.ClientId is null ? "(cohort)" : l.ClientId,
            l.Workflow ?? "",
            l.Trigger,
            l.From == l.To ? $"stays {l.To}" : $"{(l.From.Length == 0 ? "" : l.From + " -> ")}{l.To}",
            l.Actor,
            l.Reason ?? "",
        }).ToList();
        Table.Write(output, ["at (local)", "cohort", "wk", "client", "workflow", "trigger", "stage", "by", "reason"], rows);
    }
}
