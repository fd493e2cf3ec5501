using Hl7.Fhir.Model;
using IopCurriculum.Engine;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Push;

/// <summary>
/// A client's care plan, with what it references, as one transaction Bundle for a recipient's FHIR
/// server: conditional updates keyed on identifiers, as the client-bundle export writes them, so sending
/// it twice changes nothing the first did not. The Bundle's identifier is the action's key, for servers
/// that recognise a repeated transaction.
/// </summary>
public sealed class CarePlanTransaction(IopEngine engine, ExportSettings? settings = null)
{
    private readonly ExportFeed _feed = new((engine ?? throw new ArgumentNullException(nameof(engine))).Snapshots, engine.Clock, settings ?? new ExportSettings());

    /// <returns>The Bundle and what it holds (such as <c>Patient 1, CarePlan 1</c>), or null when the client is not in the cohort.</returns>
    public (Bundle Bundle, string What)? Build(string cohortId, long enrolmentId, ClientRelease release, string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (_feed.ClientTransactionEntries(cohortId, enrolmentId, release) is not { } entries) return null;
        var bundle = new Bundle
        {
            Meta = Part2Labels.Meta(),
            Type = Bundle.BundleType.Transaction,
            Identifier = new Identifier("urn:ietf:rfc:3986", $"urn:uuid:{Guid.ParseExact(idempotencyKey, "N"):D}"),
        };
        foreach (var entry in entries)
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = entry.Key.FullUrl,
                Resource = entry.Resource,
                Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = entry.Key.ConditionalUrl },
            });
        var what = string.Join(", ", entries.GroupBy(e => e.Resource.TypeName).Select(g => $"{g.Key} {g.Count()}"));
        return (bundle, what);
    }
}
