using IopCurriculum.Definitions.Diagnostics;
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
        if (!File.Exists(path))
        {
            diagnostics.Add(referencedFrom ?? new SourceLocation(path, 1, 1), $"{what} file '{path}' does not exist");
            return null;
        }

        using var reader = new StreamReader(path);
        return Read(reader, path, what, diagnostics);
    }

    /// <summary>
    /// YAML text that is not (or no longer) a file, such as a definition stored in a database, read as a mapping.
    /// </summary>
    /// <param name="sourceName">Names the text in diagnostics, where a file path would stand.</param>
    public static YamlMap? ParseMapping(string text, string sourceName, string what, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, sourceName, what, diagnostics);
    }

    private static YamlMap? Read(TextReader reader, string path, string what, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            diagnostics.Add(At(path, e.Start), $"not valid YAML: {Plain(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way, without a position, on an unclosed flow collection.
            diagnostics.Add(new SourceLocation(path, 1, 1), "not valid YAML: the text could not be read; look for an unclosed '[', '{' or quote");
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

    // YamlDotNet's messages repeat the position in brackets; the location already says it.
    private static string Plain(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && closing > 0 ? message[(closing + 3)..] : message;
    }
}
