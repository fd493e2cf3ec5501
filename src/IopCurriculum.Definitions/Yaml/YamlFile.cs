using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IopCurriculum.Definitions.Yaml;

/// <summary>Reads one YAML file into a node tree that remembers where every node stands.</summary>
public static class YamlFile
{
    /// <summary>The file's single document as a mapping, or null with the problem reported.</summary>
    /// <param name="referencedFrom">Where another file named this one; a missing file is reported there.</param>
    public static YamlMap? LoadMapping(string path, string what, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null)
    {
        var text = DefinitionFile.ReadText(path, what, diagnostics, referencedFrom);
        return text is null ? null : Read(text, path, what, diagnostics);
    }

    /// <summary>
    /// YAML text that is not (or no longer) a file, such as a definition stored in a database, read as a mapping.
    /// </summary>
    /// <param name="sourceName">Names the text in diagnostics, where a file path would stand.</param>
    public static YamlMap? ParseMapping(string text, string sourceName, string what, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > DefinitionFile.MaxBytes)
        {
            diagnostics.Add(new SourceLocation(sourceName, 1, 1), $"the {what} is {text.Length:N0} characters; a definition may have at most {DefinitionFile.MaxBytes:N0}");
            return null;
        }
        return Read(text, sourceName, what, diagnostics);
    }

    private static YamlMap? Read(string text, string path, string what, DiagnosticBag diagnostics)
    {
        // The tree builder below recurses once per level of nesting; the shape is checked first, flat.
        if (YamlShape.Check(text, path, diagnostics) is not { } events) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new EventReplay(events));
        }
        catch (YamlException e)
        {
            diagnostics.Add(At(path, e.Start), $"not valid YAML: {YamlShape.Plain(e)}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(new SourceLocation(path, 1, 1), $"{what} file is empty");
            return null;
        }
        if (stream.Documents.Count > 1)
            diagnostics.Add(At(path, stream.Documents[1].RootNode.Start), $"a {what} file holds one YAML document; remove the second '---'");

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping) return new YamlMap(mapping, path, diagnostics);
        diagnostics.Add(At(path, root.Start), $"a {what} file must be a mapping of 'key: value' lines");
        return null;
    }

    internal static SourceLocation At(string path, Mark mark) => new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
