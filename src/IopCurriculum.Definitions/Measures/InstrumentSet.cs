using IopCurriculum.Domain.Measures;

namespace IopCurriculum.Definitions.Measures;

/// <summary>The instruments a program can use, by id.</summary>
public sealed class InstrumentSet
{
    private readonly Dictionary<string, Instrument> _byId;

    public InstrumentSet(IEnumerable<Instrument> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        All = [.. instruments];
        _byId = All.ToDictionary(i => i.Id.Value, StringComparer.Ordinal);
    }

    /// <summary>In the order they were given.</summary>
    public IReadOnlyList<Instrument> All { get; }

    public Instrument? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<string> Ids => All.Select(i => i.Id.Value);
}
