namespace IopCurriculum.Plans.Assessment;

/// <summary>The ASAM levels of care a plan may recommend; 2.1 is intensive outpatient.</summary>
public static class LevelsOfCare
{
    public const string IntensiveOutpatient = "2.1";

    /// <summary>The levels of the third edition and of the fourth (2023), which added 1.5, 1.7 and 2.7 and dropped 3.3.</summary>
    public static IReadOnlyList<string> All { get; } = ["0.5", "1.0", "1.5", "1.7", "2.1", "2.5", "2.7", "3.1", "3.3", "3.5", "3.7", "4.0"];

    /// <summary>The level as written in the list ("1" is "1.0"), or null when it is not a level.</summary>
    public static string? Normal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 1 && char.IsAsciiDigit(trimmed[0])) trimmed += ".0";
        return All.Contains(trimmed, StringComparer.Ordinal) ? trimmed : null;
    }
}
