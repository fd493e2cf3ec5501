using System.Text.RegularExpressions;

namespace IopCurriculum.Domain.Curricula;

/// <summary>The stable identifier of a curriculum: lower-case letters, digits and dashes.</summary>
public readonly partial record struct CurriculumId
{
    public CurriculumId(string value)
    {
        if (!IsValid(value))
            throw new CurriculumRuleException(CurriculumRules.IdFormatMessage(value));
        Value = value;
    }

    public string Value { get; }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}

/// <summary>A track's short code such as <c>RP</c>; session codes start with it.</summary>
public readonly partial record struct TrackCode
{
    public TrackCode(string value)
    {
        if (!IsValid(value))
            throw new CurriculumRuleException(CurriculumRules.TrackCodeFormatMessage(value));
        Value = value;
    }

    public string Value { get; }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,7}$")]
    private static partial Regex Pattern();
}

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

/// <summary>A handout's code such as <c>RP 3A</c>.</summary>
public readonly record struct HandoutCode
{
    public HandoutCode(string value) => Value = Preconditions.NotBlank(value, nameof(value)).Trim();

    public string Value { get; }

    public override string ToString() => Value;
}
