using System.Text.RegularExpressions;

namespace IopCurriculum.Domain.Curricula;

/// <summary>A session's code, "<c>track number</c>" such as <c>RP 3</c>.</summary>
public readonly record struct SessionCode(TrackCode Track, int Number)
{
    public override string ToString() => $"{Track} {Number}";

    /// <summary>Reads "RP 3" (case and spacing forgiven: "rp3", "RP  3").</summary>
    public static bool TryParse(string? text, out SessionCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var split = trimmed.Length;
        while (split > 0 && char.IsAsciiDigit(trimmed[split - 1])) split--;
        var prefix = trimmed[..split].Trim().ToUpperInvariant();
        if (split == trimmed.Length || !TrackCode.IsValid(prefix)
            || !int.TryParse(trimmed[split..], out var number) || number < 1)
            return false;
        code = new SessionCode(new TrackCode(prefix), number);
        return true;
    }
}
