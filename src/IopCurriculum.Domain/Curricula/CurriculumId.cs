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
