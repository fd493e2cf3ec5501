using System.Text.RegularExpressions;

namespace IopCurriculum.Definitions.Measures;

/// <summary>The shape of LOINC codes: a term code with its mod-10 check digit, or an answer code (LA…).</summary>
public static partial class LoincCode
{
    /// <summary>Null for a well-formed term code such as 44261-6 whose check digit is right; otherwise why not.</summary>
    public static string? TermProblem(string code)
    {
        var match = TermPattern().Match(code);
        if (!match.Success) return $"'{code}' is not a LOINC code: digits, a dash and a check digit, such as 44261-6";
        var expected = CheckDigit(match.Groups[1].Value);
        return expected == match.Groups[2].Value[0] - '0'
            ? null
            : $"'{code}' is not a LOINC code: its check digit should be {expected}; check the code against its source";
    }

    /// <summary>Null for a well-formed answer code such as LA6568-5; otherwise why not.</summary>
    public static string? AnswerProblem(string code) =>
        AnswerPattern().IsMatch(code) ? null : $"'{code}' is not a LOINC answer code: LA, digits, a dash and a digit, such as LA6568-5";

    /// <summary>LOINC's mod-10 check digit: every other digit from the right doubled, the digits summed.</summary>
    private static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    [GeneratedRegex(@"^([0-9]{1,7})-([0-9])$")]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"^LA[0-9]{1,6}-[0-9]$")]
    private static partial Regex AnswerPattern();
}
