using IopCurriculum.Definitions.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IopCurriculum.Workflows.Loading;

/// <summary>
/// Finds where a character of a scalar's value stands in the source, so that a problem inside a guard
/// points at the offending word rather than at the start of the <c>when:</c> value.
/// </summary>
/// <remarks>
/// YAML folds line breaks and indentation inside a value into single spaces and drops quotes, so the
/// walk follows the source and the value together, treating each run of blanks in the value as the
/// matching run of blanks, line breaks included, in the source.
/// </remarks>
internal sealed class ScalarPositions
{
    private readonly string _source;
    private readonly string _file;
    private readonly List<int> _lineStarts = [0];

    public ScalarPositions(string source, string file)
    {
        _source = source;
        _file = file;
        for (var i = 0; i < source.Length; i++)
            if (source[i] == '\n') _lineStarts.Add(i + 1);
    }

    public SourceLocation Of(YamlScalarNode scalar, int offset)
    {
        var value = scalar.Value ?? "";
        var i = FirstCharacter(scalar);
        for (var k = 0; k < Math.Min(offset, value.Length) && i < _source.Length; k++)
            i = Advance(scalar.Style, value, k, i);
        return LocationOf(i);
    }

    private int FirstCharacter(YamlScalarNode scalar)
    {
        var line = (int)Math.Clamp(scalar.Start.Line, 1, _lineStarts.Count);
        var start = Math.Min(_lineStarts[line - 1] + (int)Math.Max(0, scalar.Start.Column - 1), _source.Length);
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return start + 1;
            case ScalarStyle.Literal or ScalarStyle.Folded:
                // The value begins on the line after the '|' or '>' indicator, past its indentation.
                var next = _source.IndexOf('\n', start);
                if (next < 0) return start;
                var i = next + 1;
                while (i < _source.Length && _source[i] is ' ' or '\t') i++;
                return i;
            default:
                return start;
        }
    }

    private int Advance(ScalarStyle style, string value, int k, int i)
    {
        var lastBlankOfRun = char.IsWhiteSpace(value[k]) && (k + 1 == value.Length || !char.IsWhiteSpace(value[k + 1]));
        if (lastBlankOfRun && char.IsWhiteSpace(_source[i]))
        {
            while (i < _source.Length && char.IsWhiteSpace(_source[i])) i++;
            return i;
        }
        var escaped = (style == ScalarStyle.SingleQuoted && value[k] == '\'') || (style == ScalarStyle.DoubleQuoted && _source[i] == '\\');
        return escaped ? i + 2 : i + 1;
    }

    private SourceLocation LocationOf(int index)
    {
        var line = _lineStarts.BinarySearch(index);
        if (line < 0) line = ~line - 1;
        return new SourceLocation(_file, line + 1, index - _lineStarts[line] + 1);
    }
}
