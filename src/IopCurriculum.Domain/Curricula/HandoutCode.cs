using System.Text.RegularExpressions;

namespace IopCurriculum.Domain.Curricula;

/// <summary>A handout's code such as <c>RP 3A</c>.</summary>
public readonly record struct HandoutCode
{
    public HandoutCode(string value) => Value = Preconditions.NotBlank(value, nameof(value)).Trim();

    public string Value { get; }

    public override string ToString() => Value;
}
