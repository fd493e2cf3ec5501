using IopCurriculum.Definitions.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IopCurriculum.Definitions.Yaml;

/// <summary>
/// Reads YAML text once as a flat stream of events, before any tree is built, to refuse what would
/// otherwise crash or mislead later: nesting deep enough to exhaust the stack of the recursive tree
/// builder (a stack overflow ends the process, it cannot be caught), aliases to anchors that are not
/// there or that contain the alias, and syntax errors, each at the character where it stands.
/// </summary>
internal static class YamlShape
{
    /// <summary>The deepest nesting of lists and mappings accepted; real definitions use fewer than ten.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The text's events when it may be loaded (the tree is built from these, so the text is scanned once);
    /// otherwise null, with the one problem that stops it reported.
    /// </summary>
    public static IReadOnlyList<ParsingEvent>? Check(string text, string path, DiagnosticBag diagnostics)
    {
        var events = new List<ParsingEvent>();
        var open = new Stack<(string? Anchor, Mark Start, bool Flow)>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var last = Mark.Empty;
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                events.Add(current);
                last = current.End;
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (open.Count == MaxDepth)
                        {
                            diagnostics.Add(YamlFile.At(path, current.Start), $"nesting deeper than {MaxDepth} levels of lists and mappings; a definition needs far fewer");
                            return null;
                        }
                        var node = (NodeEvent)current;
                        open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, current.Start,
                            current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow }));
                        break;
                    case MappingEnd or SequenceEnd:
                        if (open.TryPop(out var closed) && closed.Anchor is not null) anchors.Add(closed.Anchor);
                        break;
                    case Scalar { Anchor.IsEmpty: false } scalar:
                        anchors.Add(scalar.Anchor.Value);
                        break;
                    case AnchorAlias alias when !anchors.Contains(alias.Value.Value):
                        var name = alias.Value.Value;
                        diagnostics.Add(YamlFile.At(path, current.Start), open.Any(o => o.Anchor == name)
                            ? $"the alias '*{name}' stands inside the very node '&{name}' names; it would contain itself"
                            : $"the alias '*{name}' refers to no anchor '&{name}' written before it");
                        return null;
                }
            }
            return events;
        }
        catch (YamlException e)
        {
            // A flow collection still open when the text runs out is the author's '[' or '{', not the end of the file.
            if (e.Start.Index >= text.TrimEnd().Length && open.FirstOrDefault(o => o.Flow) is { Flow: true } unclosed)
                Unclosed(text, path, unclosed.Start, diagnostics);
            else diagnostics.Add(WhereSyntaxFailed(text, path, e), $"not valid YAML: {Plain(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, at the end of an unclosed flow collection.
            if (open.FirstOrDefault(o => o.Flow) is { Flow: true } flow)
            {
                Unclosed(text, path, flow.Start, diagnostics);
            }
            else
            {
                diagnostics.Add(YamlFile.At(path, last), "not valid YAML: the text could not be read from here; look for an unclosed '[', '{' or quote");
            }
            return null;
        }
    }

    private static void Unclosed(string text, string path, Mark start, DiagnosticBag diagnostics)
    {
        var opened = start.Index < text.Length && text[(int)start.Index] == '{' ? "mapping opened by this '{'" : "list opened by this '['";
        diagnostics.Add(YamlFile.At(path, start), $"not valid YAML: the {opened} is not closed where YAML expects it");
    }

    /// <summary>
    /// Where the parser stopped. For a tab used as indentation YamlDotNet points at the start of the
    /// enclosing block (often 1:1) or a line early; the tab itself is what the author must change.
    /// </summary>
    private static SourceLocation WhereSyntaxFailed(string text, string path, YamlException e)
    {
        if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && IndentingTab(text, (int)Math.Min(e.Start.Index, text.Length)) is { } tab)
            return Position(text, path, tab);
        return YamlFile.At(path, e.Start);
    }

    /// <summary>The first tab at or after <paramref name="from"/> with only white space before it on its line.</summary>
    private static int? IndentingTab(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] != '\t') continue;
            var lineStart = text.LastIndexOfAny(['\n', '\r'], Math.Max(0, i - 1)) + 1;
            if (i == 0 || text.AsSpan(lineStart, i - lineStart).IndexOfAnyExcept(' ', '\t') < 0) return i;
        }
        var any = text.IndexOf('\t', from);
        return any < 0 ? null : any;
    }

    private static SourceLocation Position(string text, string path, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }
        return new SourceLocation(path, line, column);
    }

    /// <summary>YamlDotNet's message without the position it repeats in brackets; the location already says it.</summary>
    public static string Plain(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && closing > 0 ? message[(closing + 3)..] : message;
    }
}
