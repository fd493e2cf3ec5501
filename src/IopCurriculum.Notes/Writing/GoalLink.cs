using System.Globalization;

namespace IopCurriculum.Notes.Writing;

/// <summary>A goal of the client's treatment plan a note speaks to, by its place: problem 1, goal 2 is <c>1.2</c>.</summary>
public readonly record struct GoalLink(int Problem, int Goal)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Problem}.{Goal}");

    /// <summary>Reads <c>1.2</c>; null for anything else.</summary>
    public static GoalLink? Parse(string? text)
    {
        var parts = text?.Trim().Split('.');
        if (parts is not { Length: 2 }) return null;
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var g) && g > 0
            ? new GoalLink(p, g) : null;
    }
}
