using System.Text.RegularExpressions;

namespace IopCurriculum.Domain.Curricula;

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
