using System.Text;
using IopCurriculum.Notes.Formats;

namespace IopCurriculum.Notes.Writing;

/// <summary>
/// What a note says for one client, section by section in its format's order. Every section of the
/// format is here (empty while not yet written); a section the format lacks cannot be.
/// </summary>
public sealed class NoteText
{
    /// <summary>The longest a section may be, in characters: a page of writing.</summary>
    public const int SectionLength = 4000;

    private NoteText(NoteFormat format, IReadOnlyList<(NoteSection Section, string Text)> sections)
    {
        Format = format;
        Sections = sections;
    }

    public NoteFormat Format { get; }

    public IReadOnlyList<(NoteSection Section, string Text)> Sections { get; }

    /// <summary>Every section has words in it.</summary>
    public bool IsComplete => Sections.All(s => s.Text.Length > 0);

    public bool IsEmpty => Sections.All(s => s.Text.Length == 0);

    /// <summary>The sections still empty, by their headings.</summary>
    public IEnumerable<string> Missing => Sections.Where(s => s.Text.Length == 0).Select(s => s.Section.Title);

    public string this[string key] => Sections.FirstOrDefault(s => s.Section.Key == key).Text ?? "";

    /// <summary>The text keyed by section, for storing.</summary>
    public IReadOnlyDictionary<string, string> ByKey => Sections.ToDictionary(s => s.Section.Key, s => s.Text, StringComparer.Ordinal);

    /// <summary>
    /// The note with its words folded (case, spacing and punctuation ignored), so that two notes that
    /// differ only in those say the same thing: what the individualization rule compares.
    /// </summary>
    public string Folded() =>
        string.Join('|', Sections.Select(s => string.Join(' ', Words(s.Text))));

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>The note in <paramref name="format"/> from the texts given by section key; each text trimmed, a missing one empty.</summary>
    /// <returns>The note, or the problem: a section the format lacks, a section too long or holding control characters.</returns>
    public static (NoteText? Text, string? Problem) Of(NoteFormat format, IReadOnlyDictionary<string, string?> texts)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(texts);
        var unknown = texts.Keys.FirstOrDefault(k => format.Section(k) is null);
        if (unknown is not null)
            return (null, $"a {format.Code} note has no section '{unknown}'; its sections are {string.Join(", ", format.Sections.Select(s => $"{s.Key} ({s.Title})"))}");
        var sections = new List<(NoteSection, string)>();
        foreach (var section in format.Sections)
        {
            var text = texts.GetValueOrDefault(section.Key)?.Trim() ?? "";
            if (text.Length > SectionLength)
                return (null, $"the {section.Title} section is {text.Length} characters long; it may have at most {SectionLength}");
            if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
                return (null, $"the {section.Title} section holds a control character; write plain text");
            sections.Add((section, text));
        }
        return (new NoteText(format, sections), null);
    }
}
