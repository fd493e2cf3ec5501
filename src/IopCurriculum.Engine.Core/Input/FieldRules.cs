using System.Text.RegularExpressions;

namespace IopCurriculum.Engine.Input;

/// <summary>
/// The rules every identifier, name and free text the engine accepts must meet, checked here so that the
/// command line and the web app accept and refuse exactly the same values. Each refusal names the field
/// in words (never a command-line flag) and says what a good value looks like.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A client id (a chart number): 1 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit.</item>
/// <item>A name (a person's, a program's, a token's): 1 to <see cref="NameLength"/> characters once trimmed, no control characters.</item>
/// <item>A reason (for the journal): 1 to <see cref="ReasonLength"/> characters once trimmed, on one line.</item>
/// <item>A note: up to <see cref="NoteLength"/> characters; line breaks and tabs allowed, other control characters not.</item>
/// </list>
/// </remarks>
public static partial class FieldRules
{
    public const int IdLength = 64;
    public const int NameLength = 100;
    public const int ReasonLength = 500;
    public const int NoteLength = 2000;

    /// <summary>A client's id, exactly as given (ids are never trimmed or re-cased: they are matched as written).</summary>
    public static string ClientId(string? value, string field = "the client id")
    {
        if (string.IsNullOrEmpty(value)) throw EngineException.Invalid($"{field} is empty; give the client's id in the program, such as a chart number");
        if (value.Length > IdLength) throw EngineException.Invalid($"{field} is {value.Length} characters long; it may have at most {IdLength}");
        if (!ClientIdPattern().IsMatch(value))
            throw EngineException.Invalid($"{field} '{Shown(value)}' may hold only letters, digits, dots, hyphens and underscores, starting with a letter or digit");
        return value;
    }

    /// <summary>A name, trimmed.</summary>
    public static string Name(string? value, string field, int maxLength = NameLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0) throw EngineException.Invalid($"{field} is empty");
        return SingleLine(trimmed, field, maxLength);
    }

    /// <summary>An optional name: null or blank stays null.</summary>
    public static string? OptionalName(string? value, string field, int maxLength = NameLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Name(value, field, maxLength);

    /// <summary>A reason for the journal, trimmed; required.</summary>
    public static string Reason(string? value, string field = "the reason")
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0) throw EngineException.Invalid($"{field} is empty; say why in a few words, for the journal");
        return SingleLine(trimmed, field, ReasonLength);
    }

    /// <summary>An optional free text, trimmed: null or blank stays null.</summary>
    public static string? Note(string? value, string field = "the note", int maxLength = NoteLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength) throw EngineException.Invalid($"{field} is {trimmed.Length} characters long; it may have at most {maxLength}");
        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            throw EngineException.Invalid($"{field} holds a control character; write plain text");
        return trimmed;
    }

    private static string SingleLine(string trimmed, string field, int maxLength)
    {
        if (trimmed.Length > maxLength) throw EngineException.Invalid($"{field} is {trimmed.Length} characters long; it may have at most {maxLength}");
        if (trimmed.Any(char.IsControl)) throw EngineException.Invalid($"{field} holds a control character (such as a line break or tab); write it on one line");
        return trimmed;
    }

    /// <summary>A refused value as it may be shown back: control characters made visible, and not too long.</summary>
    private static string Shown(string value)
    {
        var visible = string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return visible.Length > 80 ? visible[..80] + "…" : visible;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ClientIdPattern();
}
