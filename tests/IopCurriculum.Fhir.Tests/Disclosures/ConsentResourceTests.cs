using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using IopCurriculum.Consent;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Fhir.Tests.Support;
using IopCurriculum.Fhir.Vocabulary;
using NodaTime;
using FhirConsent = Hl7.Fhir.Model.Consent;

namespace IopCurriculum.Fhir.Tests.Disclosures;

/// <summary>
/// The consents a recipient's export relies on go with it as R4 privacy Consents: those naming the
/// recipient or its class, revoked ones as inactive, each valid by Firely and by the export's own checks.
/// Consents naming anyone else stay in the program.
/// </summary>
public sealed class ConsentResourceTests : IDisposable
{
    private const string Recipient = "county-ehr";
    private readonly SmallCohort _small = new();
    private readonly long _plain;
    private readonly long _byClass;
    private readonly long _revoked;
    private readonly long _renewed;
    private readonly long _elsewhere;

    public ConsentResourceTests()
    {
        var engine = _small.Harness.Engine;
        engine.Recipients.Add(Recipient, "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "test");
        engine.Recipients.Add("state-plan", "State Plan", RecipientClasses.HealthPlan, DisclosurePurposes.Payment, "test");
        Consenting.Lead(engine);
        var day = new LocalDate(2027, 1, 4);
        _plain = Record("C-1", new ConsentDraft(ConsentKinds.Tpo, Recipient, null, [], null, ConsentCoverage.All, day, null, day, "Fay Okafor"));
        _byClass = Record("C-2", new ConsentDraft(ConsentKinds.Tpo, null, RecipientClasses.TreatingProvider, [DisclosurePurposes.Treatment], null,
            ConsentCoverage.NoProgressNotes, day, new LocalDate(2027, 6, 30), day, null));
        _revoked = Record("C-3", new ConsentDraft(ConsentKinds.Tpo, Recipient, null, [], null, ConsentCoverage.All, day, null, day, null));
        engine.Consents.Revoke(_revoked, day, "asked to start again", Consenting.LeadName);
        _renewed = Record("C-3", new ConsentDraft(ConsentKinds.Specific, Recipient, null, [DisclosurePurposes.Treatment, DisclosurePurposes.ClientRequest], "Sent to the client's new counsellor",
            ConsentCoverage.All, day, new LocalDate(2027, 3, 31), day, null));
        _elsewhere = Record("C-3", new ConsentDraft(ConsentKinds.Tpo, "state-plan", null, [DisclosurePurposes.Payment], null, ConsentCoverage.All, day, null, day, null));
    }

    public void Dispose() => _small.Dispose();

    private long Record(string client, ConsentDraft draft) => _small.Harness.Engine.Consents.Record(client, draft, null, Consenting.LeadName);

    private static ClientKeys Keys(string client) => new(FhirHarness.ProgramId, SmallCohort.CohortId, client, "urn:iop:eastside:client");

    private List<(string Json, Resource Resource)> Ndjson()
    {
        var folder = _small.Output.Sub("ndjson");
        new CarePlanExporter(_small.Harness.Engine).Export(new CarePlanExportRequest
        {
            CohortId = SmallCohort.CohortId, Format = ExportFormat.Ndjson, OutputFolder = folder, Actor = "test", Recipient = Recipient,
        });
        return ExportedFiles.Ndjson(folder);
    }

    private static FhirConsent Of(IEnumerable<FhirConsent> consents, string client, long id) =>
        consents.Single(c => c.Identifier.Single().Value == $"{client}/{id}");

    [Fact]
    public void ExactlyTheConsentsNamingTheRecipientOrItsClassGoAndEachIsValid()
    {
        var resources = Ndjson();
        var consents = ExportedFiles.OfType<FhirConsent>(resources);
        Assert.Equal(
            new[] { $"C-1/{_plain}", $"C-2/{_byClass}", $"C-3/{_revoked}", $"C-3/{_renewed}" }.Order(StringComparer.Ordinal),
            consents.Select(c => c.Identifier.Single().Value!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(consents, c => c.Identifier[0].Value == $"C-3/{_elsewhere}");
        Assert.All(consents, c => Assert.Equal("urn:iop:eastside:consent", c.Identifier[0].System));
        Assert.All(consents, c => Assert.Equal(Keys(c.Identifier[0].Value!.Split('/')[0]).Consent(long.Parse(c.Identifier[0].Value!.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)).Id, c.Id));
        foreach (var consent in consents)
        {
            var problems = consent.Validate();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
        }
        Assert.Empty(ExportChecks.Check([.. resources.Select(r => ((string?)null, r.Resource))], Part2Labels.DefaultNotice));
    }

    [Fact]
    public void AConsentSaysWhoseItIsWhoMayReceiveForWhatAndUnderWhichPolicy()
    {
        var consent = Of(ExportedFiles.OfType<FhirConsent>(Ndjson()), "C-1", _plain);
        Assert.Equal(FhirConsent.ConsentState.Active, consent.Status);
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy"), (consent.Scope!.Coding[0].System, consent.Scope.Coding[0].Code));
        var category = Assert.Single(Assert.Single(consent.Category).Coding);
        Assert.Equal(("http://loinc.org", "59284-0"), (category.System, category.Code));
        Assert.Equal($"Patient/{Keys("C-1").Patient.Id}", consent.Patient!.Reference);
        Assert.Equal($"Patient/{Keys("C-1").Patient.Id}", Assert.Single(consent.Performer).Reference);
        Assert.Equal("2027-01-04", consent.DateTime);
        Assert.Equal("Eastside IOP", Assert.Single(consent.Organization).Display);
        Assert.Contains("part-2", Assert.Single(consent.Policy).Uri, StringComparison.Ordinal);
        Assert.Equal((CodeSystems.ActCode, "42CFRPart2"), (consent.PolicyRule!.Coding[0].System, consent.PolicyRule.Coding[0].Code));

        var provision = consent.Provision!;
        Assert.Equal(FhirConsent.ConsentProvisionType.Permit, provision.Type);
        Assert.Equal(("2027-01-04", (string?)null), (provision.Period!.Start, provision.Period.End));
        var actor = Assert.Single(provision.Actor);
        Assert.Equal("IRCP", actor.Role!.Coding[0].Code);
        Assert.Equal(("urn:iop:eastside:recipient", Recipient, "County EHR"), (actor.Reference!.Identifier!.System, actor.Reference.Identifier.Value, actor.Reference.Display));
        Assert.Null(actor.Reference.Reference);
        Assert.Equal(["TREAT", "HPAYMT", "HOPERAT"], provision.Purpose.Select(p => p.Code));
        Assert.All(provision.Purpose, p => Assert.Equal("http://terminology.hl7.org/CodeSystem/v3-ActReason", p.System));
        Assert.Empty(provision.Provision);
        Assert.Contains("witnessed by Fay Okafor", consent.Text!.Div, StringComparison.Ordinal);
        Assert.Contains(Part2Labels.DefaultNotice, consent.Text.Div, StringComparison.Ordinal);
        Assert.Equal(Part2Labels.Meta().Security.Select(c => (c.System, c.Code)), consent.Meta!.Security.Select(c => (c.System, c.Code)));
    }

    [Fact]
    public void AClassOfRecipientAnExpiryAProgressNoteExclusionAndARevocationAreEachSaid()
    {
        var consents = ExportedFiles.OfType<FhirConsent>(Ndjson());
        var byClass = Of(consents, "C-2", _byClass);
        var actor = Assert.Single(byClass.Provision!.Actor);
        Assert.Equal(("Treating providers", (Identifier?)null), (actor.Reference!.Display, actor.Reference.Identifier));
        Assert.Equal("2027-06-30", byClass.Provision.Period!.End);
        Assert.Equal(["TREAT"], byClass.Provision.Purpose.Select(p => p.Code));
        var exclusion = Assert.Single(byClass.Provision.Provision);
        Assert.Equal(FhirConsent.ConsentProvisionType.Deny, exclusion.Type);
        Assert.Equal(("http://hl7.org/fhir/resource-types", "DocumentReference"), (exclusion.Class[0].System, exclusion.Class[0].Code));

        var revoked = Of(consents, "C-3", _revoked);
        Assert.Equal(FhirConsent.ConsentState.Inactive, revoked.Status);
        Assert.Contains("Revoked", revoked.Text!.Div, StringComparison.Ordinal);
        var renewed = Of(consents, "C-3", _renewed);
        Assert.Equal(FhirConsent.ConsentState.Active, renewed.Status);
        Assert.Equal(["TREAT", "PATRQT"], renewed.Provision!.Purpose.Select(p => p.Code));
        Assert.Contains("Sent to the client's new counsellor", renewed.Text!.Div, StringComparison.Ordinal);
    }

    [Fact]
    public void TheResourceSearchFindsAClientsConsentsByPatientAndReadsOneById()
    {
        var search = new ResourceSearch(_small.Harness.Engine, new ExportSettings());
        var audience = new Audience("ida", Recipient);
        var page = search.Search(SearchQuery.Parse("Consent", [new("patient", $"Patient/{Keys("C-3").Patient.Id}")]), audience);
        Assert.Equal(2, page.Total);
        Assert.All(page.Resources, r => Assert.Equal($"Patient/{Keys("C-3").Patient.Id}", ((FhirConsent)r).Patient!.Reference));
        var id = Keys("C-1").Consent(_plain).Id;
        Assert.Equal(id, search.Read("Consent", id, audience).Resource!.Id);
        // Another recipient's consent is not the county's to read, though the client is.
        Assert.Null(search.Read("Consent", Keys("C-3").Consent(_elsewhere).Id, audience).Resource);
        Assert.Equal(4, search.Search(SearchQuery.Parse("Consent", []), audience).Total);
    }
}
