using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;

namespace IopCurriculum.Notes.Formats;

/// <summary>
/// The note formats shipped in <c>note-formats.yaml</c> inside the assembly, read once. DAP is the format of
/// a program that has not chosen one.
/// </summary>
public static class NoteFormats
{
    public const string DefaultCode = "DAP";

    private const string ResourceName = "IopCurriculum.Notes.Formats.note-formats.yaml";

    private static readonly Lazy<(IReadOnlyList<NoteFormat> Formats, string Source)> Shipped = new(LoadShipped);

    public static IReadOnlyList<NoteFormat> All => Shipped.Value.Formats;

    /// <summary>Where the formats' headings come from, as the data file says.</summary>
    public static string Source => Shipped.Value.Source;

    public static NoteFormat Default => Find(DefaultCode)!;

    /// <summary>The format with the code, ignoring case, or null.</summary>
    public static NoteFormat? Find(string? code) =>
        All.FirstOrDefault(f => string.Equals(f.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The format with the code, or a refusal that lists the codes there are.</summary>
    public static NoteFormat Require(string? code) =>
        Find(code) ?? throw new ArgumentException(UnknownMessage(code), nameof(code));

    public static string UnknownMessage(string? code) =>
        $"there is no note format '{code}'; the formats are {string.Join(", ", All.Select(f => $"{f.Code} ({f.Name})"))}";

    private static (IReadOnlyList<NoteFormat>, string) LoadShipped()
    {
        using var stream = typeof(NoteFormats).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the assembly lacks its {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "note-formats.yaml");
    }

    /// <summary>Reads a formats file; a shipped file with problems is a build defect, so it throws with every problem.</summary>
    internal static (IReadOnlyList<NoteFormat> Formats, string Source) Parse(string text, string sourceName)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.ParseMapping(text, sourceName, "note formats", diagnostics)?.Expect("the note formats", ["source", "formats"]);
        var formats = new List<NoteFormat>();
        var source = map?.Text("source", required: true) ?? "";
        foreach (var item in map?.Items("formats", required: true) ?? [])
        {
            var entry = map!.MapItem(item, "formats")?.Expect("a note format", ["code", "name", "sections"]);
            if (entry is null) continue;
            var sections = new List<NoteSection>();
            foreach (var sectionItem in entry.Items("sections", required: true))
            {
                var section = entry.MapItem(sectionItem, "sections")?.Expect("a note section", ["key", "title", "prompt"]);
                if (section?.Text("key", true) is not { } key || section.Text("title", true) is not { } title || section.Text("prompt", true) is not { } prompt) continue;
                if (sections.Any(s => s.Key == key)) diagnostics.Add(section.ValueLocationOf("key"), $"section '{key}' is listed twice");
                sections.Add(new NoteSection(key, title, prompt));
            }
            if (entry.Text("code", true) is { } code && entry.Text("name", true) is { } name)
            {
                if (formats.Any(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)))
                    diagnostics.Add(entry.ValueLocationOf("code"), $"format '{code}' is listed twice");
                formats.Add(new NoteFormat(code, name, sections));
            }
        }
        if (diagnostics.Count > 0)
            throw new InvalidOperationException($"{sourceName} has problems: {string.Join("; ", diagnostics.Sorted().Select(d => d.ToString()))}");
        return (formats, source);
    }
}
