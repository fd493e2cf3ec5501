using System.Globalization;

namespace IopCurriculum.Library;

/// <summary>Orders versions by their numbers, so 1.10.0 comes after 1.9.0.</summary>
internal sealed class VersionOrder : IComparer<string>
{
    public static readonly VersionOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = Parts(x);
        var b = Parts(y);
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var order = (i < a.Length ? a[i] : 0).CompareTo(i < b.Length ? b[i] : 0);
            if (order != 0) return order;
        }
        return string.CompareOrdinal(x, y);
    }

    private static long[] Parts(string? version) =>
        [.. (version ?? "").Split('.').Select(p => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)];
}
