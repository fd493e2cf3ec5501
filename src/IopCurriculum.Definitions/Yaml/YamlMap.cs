using System.Globalization;
using IopCurriculum.Definitions.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace IopCurriculum.Definitions.Yaml;

/// <summary>
/// A YAML mapping read by key, reporting every problem (unknown key, wrong type, missing field) to a
/// shared <see cref="DiagnosticBag"/> at the exact line and column instead of stopping at the first.
/// A read that fails returns null or an empty list; the caller goes on and checks the rest.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private string _what = "mapping";

    internal YamlMap(YamlMappingNode node, string file, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        Diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
                _entries[name] = (scalar, value);
            else
                diagnostics.Add(At(key), "keys must be plain words such as 'title'");
        }
    }

    public string File { get; }
    public DiagnosticBag Diagnostics { get; }
    public SourceLocation Location => At(_node);

    /// <summary>Where a key stands, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => _entries.TryGetValue(key, out var entry) ? At(entry.Key) : Location;

    /// <summary>Where a key's value starts, or the mapping itself when the key is absent.</summary>
    public SourceLocation ValueLocationOf(string key) => _entries.TryGetValue(key, out var entry) ? At(entry.Value) : Location;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>A key's value as written, for values whose shape varies (a word or a list) or whose text needs its exact place.</summary>
    public YamlNode? ValueNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The keys in the order written.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>Names this mapping in messages, for a mapping whose keys are data rather than fields.</summary>
    public YamlMap Named(string what)
    {
        _what = what;
        return this;
    }

    /// <summary>Names this mapping in messages and reports any key outside <paramref name="keys"/>.</summary>
    public YamlMap Expect(string what, IReadOnlyCollection<string> keys)
    {
        _what = what;
        foreach (var (name, entry) in _entries)
            if (!keys.Contains(name))
                Diagnostics.Add(At(entry.Key), $"unknown key '{name}' in {what}{Suggestions.Hint(name, keys)}");
        return this;
    }

    public string? Text(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "a text");
        if (scalar is null) return null;
        if (required && string.IsNullOrWhiteSpace(scalar)) Diagnostics.Add(ValueLocationOf(key), $"'{key}' in {_what} is empty");
        return scalar;
    }

    public int? WholeNumber(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue) =>
        Value(key, required, "a whole number", text =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null,
            n => n < min || n > max ? $"'{key}' must be between {min} and {max}, not {n}" : null);

    public decimal? Number(string key, bool required = false, decimal min = decimal.MinValue) =>
        Value(key, required, "a number", text =>
            decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null,
            n => n < min ? $"'{key}' must be at least {min}, not {n}" : null);

    public bool? Flag(string key) =>
        Value(key, false, "true or false", text => text switch
        {
            "true" or "True" or "yes" => true,
            "false" or "False" or "no" => false,
            _ => (bool?)null,
        });

    /// <summary>An enum written in kebab-case, such as <c>topic-list</c> for <c>TopicList</c>.</summary>
    public T? Enum<T>(string key, bool required = false) where T : struct, Enum
    {
        var names = System.Enum.GetValues<T>().ToDictionary(EnumNames.Kebab, v => v, StringComparer.OrdinalIgnoreCase);
        var text = Scalar(key, required, "one of " + EnumNames.List<T>());
        if (text is null) return null;
        if (names.TryGetValue(text, out var value)) return value;
        Diagnostics.Add(ValueLocationOf(key),
            $"'{key}' must be one of {EnumNames.List<T>()}, not '{text}'{Suggestions.Hint(text, names.Keys)}");
        return null;
    }

    /// <summary>A scalar read by a parser; <paramref name="expected"/> says what a good value looks like.</summary>
    public T? Value<T>(string key, bool required, string expected, Func<string, T?> parse, Func<T, string?>? check = null)
        where T : struct
    {
        var text = Scalar(key, required, expected);
        if (text is null) return null;
        var parsed = parse(text);
        if (parsed is not { } value)
        {
            Diagnostics.Add(ValueLocationOf(key), $"'{key}' must be {expected}, not '{text}'");
            return null;
        }
        return Diagnostics.Check(ValueLocationOf(key), check?.Invoke(value)) ? value : null;
    }

    /// <summary>A list of texts, written as <c>[a, b]</c> or as <c>- a</c> lines.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false) =>
        [.. LocatedStrings(key, required).Select(item => item.Text)];

    /// <summary>A list of (text, location) pairs, for values checked later against other parts.</summary>
    public IReadOnlyList<(string Text, SourceLocation Location)> LocatedStrings(string key, bool required = false) =>
        [.. Items(key, required).Select(item => (Text: ScalarItem(item, key), Location: At(item))).Where(p => p.Text is not null).Select(p => (p.Text!, p.Location))];

    public IReadOnlyList<YamlNode> Items(string key, bool required = false)
    {
        if (!Present(key, required, out var node)) return [];
        if (node is YamlSequenceNode sequence) return [.. sequence.Children];
        if (IsNull(node)) return [];
        Diagnostics.Add(At(node), $"'{key}' in {_what} must be a list ('- item' lines or [a, b]), not {Describe(node)}");
        return [];
    }

    public YamlMap? Map(string key, bool required = false)
    {
        if (!Present(key, required, out var node)) return null;
        if (node is YamlMappingNode mapping) return new YamlMap(mapping, File, Diagnostics);
        Diagnostics.Add(At(node), $"'{key}' in {_what} must be a mapping of 'key: value' lines, not {Describe(node)}");
        return null;
    }

    /// <summary>A list item that must be a mapping.</summary>
    public YamlMap? MapItem(YamlNode item, string listKey)
    {
        if (item is YamlMappingNode mapping) return new YamlMap(mapping, File, Diagnostics);
        Diagnostics.Add(At(item), $"each item of '{listKey}' must be a mapping of 'key: value' lines, not {Describe(item)}");
        return null;
    }

    public string? ScalarItem(YamlNode item, string listKey)
    {
        if (item is YamlScalarNode { Value: { } text }) return text;
        Diagnostics.Add(At(item), $"each item of '{listKey}' must be a single value, not {Describe(item)}");
        return null;
    }

    public SourceLocation At(YamlNode node) => YamlFile.At(File, node.Start);

    private string? Scalar(string key, bool required, string expected)
    {
        if (!Present(key, required, out var node)) return null;
        if (node is YamlScalarNode { Value: { } text } && !IsNull(node)) return text;
        if (IsNull(node))
        {
            if (required) Diagnostics.Add(At(node), $"'{key}' in {_what} has no value");
            return null;
        }
        Diagnostics.Add(At(node), $"'{key}' in {_what} must be {expected}, not {Describe(node)}");
        return null;
    }

    private bool Present(string key, bool required, out YamlNode node)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            node = entry.Value;
            return true;
        }
        if (required) Diagnostics.Add(Location, $"missing required field '{key}' in {_what}");
        node = null!;
        return false;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: var v } => $"'{v}'",
        _ => "this",
    };
}
