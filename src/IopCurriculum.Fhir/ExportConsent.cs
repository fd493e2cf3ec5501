using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Consent;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Serving;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Fhir;

/// <summary>
/// The disclosure gate for one file or Bulk Data export: asked once, before anything is written, about
/// every client of the exported cohorts. The clients it refuses are left out and named, by Patient id and
/// reason only, in an OperationOutcome; what went is written to each client's accounting of disclosures.
/// </summary>
internal sealed class ExportConsent
{
    private readonly GateDecision _decision;
    private readonly Dictionary<string, string> _patients;
    private readonly Dictionary<string, Dictionary<string, int>> _what = new(StringComparer.Ordinal);

    private ExportConsent(GateDecision decision, Dictionary<string, string> patients)
    {
        _decision = decision;
        _patients = patients;
    }

    public static ExportConsent Ask(IopEngine engine, string recipient, IReadOnlyList<string> cohortIds)
    {
        if (string.IsNullOrWhiteSpace(recipient))
            throw EngineException.InvalidField("recipient", "name the recipient organization the records go to; only its consented clients are exported");
        using var db = engine.Database.Open();
        var rows = db.Enrolments.AsNoTracking().Where(e => cohortIds.Contains(e.CohortId))
            .Join(db.Cohorts, e => e.CohortId, c => c.Id, (e, c) => new { e.ClientId, e.CohortId, c.ProgramId })
            .Join(db.Programs, x => x.ProgramId, p => p.Id, (x, p) => new { x.ClientId, x.CohortId, x.ProgramId, p.ClientIdSystem })
            .ToList();
        var patients = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
            patients.TryAdd(row.ClientId, new EnrolmentRow(0, row.ProgramId, row.ClientIdSystem, row.CohortId, row.ClientId).Keys().Patient.Id);
        return new ExportConsent(engine.Disclosures.Decide(recipient, null, [.. patients.Keys]), patients);
    }

    public IReadOnlyList<string> LeftOut => [.. _decision.Refused.Keys.Select(c => _patients[c]).Order(StringComparer.Ordinal)];

    public ClientRelease? Allows(string clientId) =>
        _decision.Allowed.TryGetValue(clientId, out var basis) ? new ClientRelease(basis.ProgressNotes, _decision.Recipient) : null;

    public void Count(ExportEntry entry)
    {
        if (entry.ClientId is not { } client) return;
        if (!_what.TryGetValue(client, out var counts)) _what[client] = counts = new(StringComparer.Ordinal);
        counts[entry.Resource.TypeName] = counts.GetValueOrDefault(entry.Resource.TypeName) + 1;
    }

    /// <returns>The Patient ids written, none when no client was left out (and then no file is written).</returns>
    public IReadOnlyList<string> WriteLeftOut(string folder, string notice)
    {
        var leftOut = _decision.Refused.OrderBy(r => _patients[r.Key], StringComparer.Ordinal).ToList();
        if (leftOut.Count == 0) return [];
        var outcome = new OperationOutcome
        {
            Issue = [.. leftOut.Select(r => new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = OperationOutcome.IssueType.Suppressed,
                Diagnostics = $"Patient/{_patients[r.Key]} left out: {r.Value}",
            })],
        };
        outcome.Issue.Add(new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Information, Code = OperationOutcome.IssueType.Informational, Diagnostics = notice });
        File.WriteAllText(Path.Combine(folder, ExportSummary.LeftOutFile), FhirJson.Serializer.SerializeToString(outcome) + "\n");
        return LeftOut;
    }

    public void Record(IopEngine engine, string channel, string actor) =>
        engine.Disclosures.Record(_decision,
            _what.ToDictionary(w => w.Key, w => ResourceTypes.Describe(w.Value), StringComparer.Ordinal), channel, actor);
}
