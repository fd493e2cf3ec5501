using ScottPlot;

namespace IopCurriculum.Charts;

/// <summary>The charts' colours: light shading from better to worse behind the points, and series colours that print in grey as distinct shades.</summary>
internal static class Palette
{
    /// <summary>From the best band to the worst.</summary>
    private static readonly string[] Bands = ["#d9f0d3", "#fff7bc", "#fee391", "#fdbb84", "#fc9272", "#ef6548"];

    public static readonly string[] Series = ["#1b7837", "#b2182b", "#5e5e5e", "#e08214", "#2166ac"];

    public const string Line = "#08306b";

    /// <summary>The shading of band <paramref name="index"/> of <paramref name="count"/>, counted from the lowest scores.</summary>
    public static Color Band(int index, int count, bool higherIsBetter)
    {
        var fromBest = higherIsBetter ? count - 1 - index : index;
        var step = count <= 1 ? 0 : (double)fromBest / (count - 1) * (Bands.Length - 1);
        return Color.FromHex(Bands[(int)Math.Round(step)]).WithAlpha(0.55);
    }
}
