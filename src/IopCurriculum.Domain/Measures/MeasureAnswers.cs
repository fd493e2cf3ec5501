namespace IopCurriculum.Domain.Measures;

/// <summary>The points chosen for each answered item, by item number; an item left out was not answered.</summary>
public sealed class MeasureAnswers
{
    private readonly Dictionary<string, int> _values;

    public MeasureAnswers(IEnumerable<KeyValuePair<string, int>> values) =>
        _values = new Dictionary<string, int>(values, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Values => _values;

    public int? this[string number] => _values.TryGetValue(number, out var value) ? value : null;

    public int Count => _values.Count;
}
