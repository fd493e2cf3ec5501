using System.Text;

namespace IopCurriculum.Testing;

/// <summary>
/// Random but repeatable damage to a YAML text, of the kinds an editor, a copy and paste or a hostile
/// author produce: characters that mean something to YAML inserted or removed, lines cut, doubled,
/// swapped or re-indented with tabs, a text truncated, a deep run of brackets. The same seed gives the
/// same mutations, so a failure can be replayed.
/// </summary>
public sealed class YamlMutations(int seed)
{
    private static readonly string[] Fragments =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "&a ", "*a", "*b", "!", "!!binary ", "|", ">", "'", "\"", "\t", "\n", "#",
        "%", "@", "`", ",", "?", "---\n", "...\n", "\r", "\u0000", "\uFEFF", "\u202E", "~", "null", "99999999999999999999",
        "-1", "1e309", "0x", "2027-02-30", "25:99", "ü", "\\", "&a [*a]", "<<: *a\n",
    ];

    private readonly Random _random = new(seed);

    /// <summary>One mutation of <paramref name="text"/>, and a few words saying which, for a failure message.</summary>
    public (string Text, string What) Mutate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return ("[", "bracket into empty text");
        var at = _random.Next(text.Length);
        switch (_random.Next(9))
        {
            case 0:
                var fragment = Fragments[_random.Next(Fragments.Length)];
                return (text.Insert(at, fragment), $"insert {Escape(fragment)} at {at}");
            case 1:
                var length = Math.Min(text.Length - at, 1 + _random.Next(40));
                return (text.Remove(at, length), $"remove {length} at {at}");
            case 2:
                return (text[..at], $"truncate at {at}");
            case 3:
                return (Lines(text, lines => lines.Insert(_random.Next(lines.Count), lines[_random.Next(lines.Count)])), "double a line");
            case 4:
                return (Lines(text, lines =>
                {
                    var (i, j) = (_random.Next(lines.Count), _random.Next(lines.Count));
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                }), "swap two lines");
            case 5:
                return (Lines(text, lines =>
                {
                    var i = _random.Next(lines.Count);
                    lines[i] = "\t" + lines[i].TrimStart(' ');
                }), "indent a line with a tab");
            case 6:
                var depth = 1 + _random.Next(5000);
                return (text.Insert(at, new string('[', depth)), $"insert {depth} '['");
            case 7:
                return (Lines(text, lines =>
                {
                    var i = _random.Next(lines.Count);
                    lines[i] = new string(' ', _random.Next(12)) + lines[i].TrimStart(' ');
                }), "re-indent a line");
            default:
                var bytes = Encoding.UTF8.GetBytes(text);
                bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                return (Encoding.UTF8.GetString(bytes), "flip a byte");
        }
    }

    private static string Lines(string text, Action<List<string>> change)
    {
        var lines = text.Split('\n').ToList();
        change(lines);
        return string.Join('\n', lines);
    }

    private static string Escape(string fragment) =>
        string.Concat(fragment.Select(c => char.IsControl(c) || c > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
