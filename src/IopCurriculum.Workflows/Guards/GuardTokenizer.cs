namespace IopCurriculum.Workflows.Guards;

/// <summary>
/// Splits a guard into tokens. A word runs over letters, digits, '-' and '_', so a stage name such as
/// <c>early-recovery</c> is one word and subtraction does not exist.
/// </summary>
internal static class GuardTokenizer
{
    /// <summary>The tokens ending with <see cref="GuardTokenKind.End"/>, or the first character that cannot start one.</summary>
    public static (IReadOnlyList<GuardToken> Tokens, GuardProblem? Problem) Tokenize(string text)
    {
        var tokens = new List<GuardToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            // A minus sign starts a number only where a value may start: change(PHQ9) <= -5.
            if (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])
                && (tokens.Count == 0 || tokens[^1].Kind is GuardTokenKind.Comparison or GuardTokenKind.OpenParen or GuardTokenKind.Comma or GuardTokenKind.And or GuardTokenKind.Or or GuardTokenKind.Not))
            {
                var start = i++;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                tokens.Add(new GuardToken(GuardTokenKind.Number, text[start..i], start));
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && IsWordCharacter(text[i])) i++;
                tokens.Add(Word(text[start..i], start));
                continue;
            }
            if (c is '(' or ')' or ',')
            {
                tokens.Add(new GuardToken(c switch { '(' => GuardTokenKind.OpenParen, ')' => GuardTokenKind.CloseParen, _ => GuardTokenKind.Comma }, c.ToString(), i));
                i++;
                continue;
            }
            if (Comparison(text, i) is { } comparison)
            {
                tokens.Add(new GuardToken(GuardTokenKind.Comparison, comparison, i));
                i += comparison.Length;
                continue;
            }
            return (tokens, new GuardProblem(i, UnexpectedCharacter(text, i)));
        }
        tokens.Add(new GuardToken(GuardTokenKind.End, "", text.TrimEnd().Length));
        return (tokens, null);
    }

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static GuardToken Word(string word, int offset)
    {
        var kind = word switch
        {
            "and" => GuardTokenKind.And,
            "or" => GuardTokenKind.Or,
            "not" => GuardTokenKind.Not,
            _ when word.All(char.IsAsciiDigit) => GuardTokenKind.Number,
            _ => GuardTokenKind.Word,
        };
        return new GuardToken(kind, word, offset);
    }

    private static string? Comparison(string text, int i)
    {
        var two = i + 1 < text.Length ? text.Substring(i, 2) : null;
        if (two is "==" or "!=" or "<=" or ">=") return two;
        return text[i] is '<' or '>' ? text[i].ToString() : null;
    }

    // Authors coming from programming languages reach for these; say what to write instead.
    private static string UnexpectedCharacter(string text, int i) => text[i] switch
    {
        '=' => "use '==' to compare, not '='",
        '&' => "unexpected '&': write 'and'",
        '|' => "unexpected '|': write 'or'",
        '!' => "unexpected '!': write 'not', or '!=' for 'is not equal to'",
        '"' or '\'' => "values in a condition are plain words, without quotes",
        _ => $"unexpected character '{text[i]}'; a condition uses names, numbers, (), commas, ==, !=, <, <=, >, >=, and, or, not",
    };
}
