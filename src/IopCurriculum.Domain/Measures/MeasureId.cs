using System.Text.RegularExpressions;

namespace IopCurriculum.Domain.Measures;

/// <summary>An instrument's short id such as <c>PHQ9</c>; guards name it, as in <c>score(PHQ9)</c>.</summary>
public readonly partial record struct MeasureId
{
    public MeasureId(string value)
    {
        if (!IsValid(value)) throw new ArgumentException(FormatMessage(value), nameof(value));
        Value = value;
    }

    public string Value { get; }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public static string FormatMessage(string? value) =>
        $"'{value}' is not a measure id: upper-case letters and digits, starting with a letter, such as PHQ9";

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,11}$")]
    private static partial Regex Pattern();
}
