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

    /// <summary>The instrument a person named, as typed in a command or an address: any case, spaces around ("phq9 ").</summary>
    public Instrument? Named(string? written) => written is null ? null : Find(written.Trim().ToUpperInvariant());

    public IEnumerable<string> Ids => All.Select(i => i.Id.Value);
}
