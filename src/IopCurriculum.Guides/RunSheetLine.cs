using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Guides;

/// <summary>One row of a run-sheet: a format block with the clock times it runs between.</summary>
public sealed record RunSheetLine(LocalTime From, LocalTime To, FormatBlock Block)
{
    /// <summary>The blocks laid end to end from <paramref name="start"/>, so the last ends when the session does.</summary>
    public static IReadOnlyList<RunSheetLine> Lay(IEnumerable<FormatBlock> blocks, LocalTime start)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var lines = new List<RunSheetLine>();
        var at = start;
        foreach (var block in blocks)
        {
            var end = at.PlusMinutes(block.Minutes);
            lines.Add(new RunSheetLine(at, end, block));
            at = end;
        }
        return lines;
    }
}
