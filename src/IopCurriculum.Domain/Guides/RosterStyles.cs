namespace IopCurriculum.Domain.Guides;

/// <summary>The words programs store for <see cref="RosterStyle"/>, and the names each style gives.</summary>
public static class RosterStyles
{
    public const string DefaultWord = "first-name-last-initial";

    /// <summary>Every stored word, in the order a help text lists them.</summary>
    public static IReadOnlyList<string> Words { get; } = [DefaultWord, "initials", "client-id"];

    public static string Word(this RosterStyle style) => style switch
    {
        RosterStyle.Initials => "initials",
        RosterStyle.ClientId => "client-id",
        _ => DefaultWord,
    };

    /// <summary>The style a stored word names, or null for a word no style uses.</summary>
    public static RosterStyle? Parse(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        DefaultWord => RosterStyle.FirstNameLastInitial,
        "initials" => RosterStyle.Initials,
        "client-id" => RosterStyle.ClientId,
        _ => null,
    };

    /// <summary>The name a roster prints for a client; the family name never appears beyond its initial.</summary>
    public static string Name(this RosterStyle style, string clientId, string given, string family)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        var first = (given ?? "").Trim();
        var last = (family ?? "").Trim();
        return style switch
        {
            RosterStyle.ClientId => clientId,
            RosterStyle.Initials => string.Join(' ', new[] { first, last }.Where(n => n.Length > 0).Select(n => $"{char.ToUpperInvariant(n[0])}.")),
            _ => last.Length == 0 ? first : $"{first} {char.ToUpperInvariant(last[0])}.",
        };
    }
}
