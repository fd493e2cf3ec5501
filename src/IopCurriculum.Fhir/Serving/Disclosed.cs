using Hl7.Fhir.Model;
using IopCurriculum.Consent;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Consent;
using IopCurriculum.Fhir.Output;

namespace IopCurriculum.Fhir.Serving;

/// <summary>
/// What one FHIR answer disclosed, client by client, and on what basis: the gate's decisions gathered while
/// the answer was built, then recorded in one go for the clients' accounting of disclosures.
/// </summary>
public sealed class Disclosed
{
    private readonly bool _named;
    private readonly Dictionary<string, DisclosureBasis> _allowed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _what = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _groupMembers = new(StringComparer.Ordinal);
    private Recipient? _recipient;
    private string? _purpose;

    /// <param name="named">Whether the request named its clients, so each one refused is recorded as refused.</param>
    internal Disclosed(Audience audience, bool named)
    {
        Audience = audience;
        _named = named;
    }

    public Audience Audience { get; }

    /// <summary>How many clients' records the answer carried.</summary>
    public int Clients => _what.Count;

    /// <summary>Asks the gate about these clients; refusals of named clients are kept to be recorded.</summary>
    /// <param name="quiet">Asking only to leave clients out of a list (a Group's members), not to answer about them.</param>
    internal GateDecision Ask(IopEngine engine, IEnumerable<string> clientIds, bool quiet = false)
    {
        var decision = engine.Disclosures.Decide(Audience.RecipientId, null, [.. clientIds.Distinct()]);
        _recipient = decision.Recipient;
        _purpose = decision.Purpose;
        foreach (var (id, basis) in decision.Allowed) _allowed[id] = basis;
        if (_named && !quiet)
            foreach (var (id, why) in decision.Refused) _refused[id] = why;
        return decision;
    }

    internal void Members(string groupId, IReadOnlyList<string> clientIds) => _groupMembers[groupId] = clientIds;

    /// <summary>Counts a resource the answer carries against its client, or a Group's against each member it lists.</summary>
    internal void Add(string? clientId, Resource resource)
    {
        if (clientId is not null) Count(clientId, resource.TypeName);
        else if (resource is Group && _groupMembers.TryGetValue(resource.Id ?? "", out var members))
            foreach (var member in members) Count(member, "Group membership");
    }

    private void Count(string clientId, string what)
    {
        if (!_what.TryGetValue(clientId, out var counts)) _what[clientId] = counts = new(StringComparer.Ordinal);
        counts[what] = counts.GetValueOrDefault(what) + 1;
    }

    /// <summary>Writes a line per disclosed client to their accounting, and each refusal to the access audit.</summary>
    /// <param name="channel">Such as <c>fhir-search</c> or <c>fhir-read</c>.</param>
    public void Record(IopEngine engine, string channel)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (_recipient is null || _purpose is null) return;
        var decision = new GateDecision(_recipient, _purpose, _allowed, _refused);
        engine.Disclosures.Record(decision, _what.ToDictionary(w => w.Key, w => ResourceTypes.Describe(w.Value), StringComparer.Ordinal), channel, Audience.Actor);
    }
}
