namespace IopCurriculum.Definitions.Yaml;

/// <summary>Finds the known word an author most likely meant, for "did you mean" hints.</summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var folded = typed.ToLowerInvariant().Replace('-', '_');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(folded, candidate.ToLowerInvariant().Replace('-', '_'));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Farther than a third of the word is a different word, not a typo.
        return best is not null && bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or empty.</summary>
    public static string Hint(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } match ? $" (did you mean '{match}'?)" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
