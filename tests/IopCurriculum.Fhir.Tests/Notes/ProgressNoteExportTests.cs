using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Fhir.Tests.Support;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Persistence.Records;
using NodaTime;
using Duration = NodaTime.Duration;
using Instant = NodaTime.Instant;

namespace IopCurriculum.Fhir.Tests.Notes;

/// <summary>
/// Signed progress notes leave the program as DocumentReferences: one per complete note (signed, and
/// co-signed where needed), linked to the client and the session's Encounter, the note with its addenda as
/// plain text. Drafts, notes awaiting co-signature and SUD counseling notes are in no file at all.
/// </summary>
public sealed class ProgressNoteExportTests : IDisposable
{
    private readonly ProgressNoteCohort _cohort = new();

    public void Dispose() => _cohort.Dispose();

    private SmallCohort Small => _cohort.Small;

    private List<(string Json, Resource Resource)> Ndjson(string name = "ndjson")
    {
        var folder = Small.Output.Sub(name);
        Small.Export(folder);
        return ExportedFiles.Ndjson(folder);
    }

    private static ClientKeys Keys(string client) => new(FhirHarness.ProgramId, SmallCohort.CohortId, client, "urn:iop:eastside:client");

    private static string Attached(DocumentReference document) => Encoding.UTF8.GetString(document.Content.Single().Attachment!.Data!);

    private static string Local(Instant instant) => instant.InZone(FhirHarness.LosAngeles).ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private DocumentReference Of(IEnumerable<DocumentReference> documents, PlannedSessionRecord session, string client)
    {
        var note = _cohort.Note(session, client);
        return documents.Single(d => d.Identifier.Single().Value == $"{SmallCohort.CohortId}/{client}/{note.Id}");
    }

    [Fact]
    public void ExactlyTheCompleteNotesAreExportedEachKnownByItsNote()
    {
        var documents = ExportedFiles.OfType<DocumentReference>(Ndjson());
        var expected = new[] { (_cohort.Rp, "C-1"), (_cohort.Rp, "C-2"), (_cohort.Er, "C-3") }
            .Select(x => (x.Item2, _cohort.Note(x.Item1, x.Item2).Id)).ToList();
        Assert.Equal(
            [.. expected.Select(x => $"{SmallCohort.CohortId}/{x.Item1}/{x.Id}").Order(StringComparer.Ordinal)],
            documents.Select(d => d.Identifier.Single().Value!).Order(StringComparer.Ordinal));
        Assert.All(documents, d => Assert.Equal("urn:iop:eastside:progress-note", d.Identifier[0].System));
        Assert.All(expected, x =>
            Assert.Equal(Keys(x.Item1).DocumentReference(x.Id).Id, documents.Single(d => d.Identifier[0].Value!.EndsWith($"/{x.Id}", StringComparison.Ordinal)).Id));
    }

    [Fact]
    public void TheDocumentIsAProgressNoteAboutTheClientAtTheSessionsEncounter()
    {
        var resources = Ndjson();
        var documents = ExportedFiles.OfType<DocumentReference>(resources);
        var patient = $"Patient/{Keys("C-1").Patient.Id}";
        var document = Of(documents, _cohort.Rp, "C-1");

        Assert.Equal(DocumentReferenceStatus.Current, document.Status);
        var type = Assert.Single(document.Type!.Coding);
        Assert.Equal(("http://loinc.org", "11506-3", "Progress note"), (type.System, type.Code, type.Display));
        var category = Assert.Single(Assert.Single(document.Category).Coding);
        Assert.Equal(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note"), (category.System, category.Code));
        Assert.Equal(patient, document.Subject!.Reference);
        Assert.Equal(_cohort.RpSignedAt.ToDateTimeOffset(), document.Date);
        Assert.Equal(TimeSpan.Zero, document.Date!.Value.Offset);
        Assert.Equal("fay", Assert.Single(document.Author).Display);
        Assert.Null(document.Author[0].Reference);
        Assert.Equal("fay", document.Authenticator!.Display);

        // The same reference the Encounter is exported under, and that Encounter is this session's for this client.
        var encounterReference = Assert.Single(document.Context!.Encounter).Reference;
        Assert.Equal($"Encounter/{Keys("C-1").Encounter(_cohort.Rp.Id).Id}", encounterReference);
        var encounter = ExportedFiles.OfType<Encounter>(resources).Single(e => $"Encounter/{e.Id}" == encounterReference);
        Assert.Equal($"{SmallCohort.CohortId}/C-1/{_cohort.Rp.Id}", encounter.Identifier[0].Value);
        Assert.Equal(patient, encounter.Subject!.Reference);
        Assert.Equal(encounter.Period!.Start, document.Context.Period!.Start);
        Assert.Equal(encounter.Period.End, document.Context.Period.End);

        Assert.Equal(Part2Labels.Meta().Security.Select(c => (c.System, c.Code)), document.Meta!.Security.Select(c => (c.System, c.Code)));
        Assert.Equal(Part2Labels.Meta().Security.Select(c => (c.System, c.Code)), document.SecurityLabel.Select(l => (l.Coding.Single().System, l.Coding[0].Code)));
        Assert.Contains(Part2Labels.DefaultNotice, document.Text!.Div, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAttachmentIsThePlainTextNoteWithItsNarrativeGoalsSignatureAndAddendumAndTheNoteIsAmended()
    {
        var documents = ExportedFiles.OfType<DocumentReference>(Ndjson());
        var document = Of(documents, _cohort.Rp, "C-1");
        Assert.Equal(CompositionStatus.Amended, document.DocStatus);
        var attachment = document.Content.Single().Attachment!;
        Assert.Equal("text/plain; charset=utf-8", attachment.ContentType);
        var text = Attached(document);
        Assert.StartsWith("Progress note (DAP: Data, Assessment, Plan)\n", text, StringComparison.Ordinal);
        Assert.Contains($"\nData\n{ProgressNoteCohort.C1Data}\n", text, StringComparison.Ordinal);
        Assert.Contains("\nAssessment\nC-1 is working on the skills of the session.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nPlan\nC-1 practises the skill before the next group.\n", text, StringComparison.Ordinal);
        Assert.Contains($"\nSession narrative\n{ProgressNoteCohort.RpNarrative}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Minutes attended: {_cohort.Rp.Minutes}\n", text, StringComparison.Ordinal);
        Assert.Contains("Treatment plan goals (plan version 1):\n- 1.1 No alcohol use for 30 days in a row, confirmed by breath tests.\n", text, StringComparison.Ordinal);
        Assert.Contains($"Signed by fay at {Local(_cohort.RpSignedAt)}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Co-signed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Late entry", text, StringComparison.Ordinal);
        Assert.Contains($"\nAddendum 1 by lee at {Local(_cohort.AddendumAt)}, reason: {ProgressNoteCohort.AddendumReason}\n{ProgressNoteCohort.AddendumText}\n", text, StringComparison.Ordinal);
        Assert.EndsWith($"\n{Part2Labels.DefaultNotice}\n", text, StringComparison.Ordinal);
        Assert.Contains("1 addendum", document.Text!.Div, StringComparison.Ordinal);
    }

    [Fact]
    public void ACoSignedNoteIsFinalAndAuthenticatedByItsSupervisorAndALateEntrySaysSo()
    {
        var documents = ExportedFiles.OfType<DocumentReference>(Ndjson());
        var coSigned = Of(documents, _cohort.Rp, "C-2");
        Assert.Equal(CompositionStatus.Final, coSigned.DocStatus);
        Assert.Equal("tia", Assert.Single(coSigned.Author).Display);
        Assert.Equal("sue", coSigned.Authenticator!.Display);
        var text = Attached(coSigned);
        Assert.Contains($"Signed by tia at {Local(_cohort.RpSignedAt)}\nCo-signed by sue at {Local(_cohort.CoSignedAt)}\n", text, StringComparison.Ordinal);
        Assert.Contains("Minutes attended: 80\n", text, StringComparison.Ordinal);
        Assert.Contains("Treatment plan goals: none named\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Addendum", text, StringComparison.Ordinal);

        var late = Of(documents, _cohort.Er, "C-3");
        Assert.Equal(CompositionStatus.Final, late.DocStatus);
        Assert.Equal(_cohort.LateSignedAt.ToDateTimeOffset(), late.Date);
        var lateText = Attached(late);
        Assert.Contains("Late entry: signed more than 72 hours after the session ended\n", lateText, StringComparison.Ordinal);
        Assert.Contains($"\nSession narrative\n{ProgressNoteCohort.ErNarrative}\n", lateText, StringComparison.Ordinal);
        Assert.Equal($"Encounter/{Keys("C-3").Encounter(_cohort.Er.Id).Id}", Assert.Single(late.Context!.Encounter).Reference);
    }

    [Fact]
    public void NoFileOfAnyLayoutHoldsADraftANoteAwaitingCoSignatureOrACounselingNote()
    {
        // Each withheld text is stored: the test would prove nothing if it were not.
        Assert.Contains(ProgressNoteCohort.CounselingText, Assert.Single(Small.Harness.Engine.CounselingNotes.Read(SmallCohort.CohortId, "C-1", "fay")).Text, StringComparison.Ordinal);
        Assert.Contains(ProgressNoteCohort.DraftText, _cohort.Note(_cohort.Rp, "C-3").Sections, StringComparison.Ordinal);
        Assert.Contains(ProgressNoteCohort.AwaitingText, _cohort.Note(_cohort.Er, "C-2").Sections, StringComparison.Ordinal);

        var folders = new[] { ("ndjson", ExportFormat.Ndjson, false), ("bundle", ExportFormat.Bundle, false), ("clients", ExportFormat.Bundle, true) };
        var attachments = new List<string>();
        foreach (var (name, format, perClient) in folders)
        {
            var folder = Small.Output.Sub($"withheld-{name}");
            new CarePlanExporter(Small.Harness.Engine).Export(new CarePlanExportRequest
            {
                CohortId = SmallCohort.CohortId, Format = format, PerClient = perClient, OutputFolder = folder, Actor = "test", Recipient = Consenting.Everyone(Small.Harness.Engine),
            });
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var raw = File.ReadAllText(file);
                foreach (var withheld in ProgressNoteCohort.Withheld)
                {
                    Assert.DoesNotContain(withheld, raw, StringComparison.Ordinal);
                    Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(withheld)), raw, StringComparison.Ordinal);
                }
                Assert.DoesNotContain("MARKER", raw, StringComparison.Ordinal);
                // The notes' text travels base64-encoded: read every attachment back too.
                if (file.EndsWith(".ndjson", StringComparison.Ordinal))
                    attachments.AddRange(File.ReadLines(file).Select(ExportedFiles.Strict.DeserializeResource).OfType<DocumentReference>().Select(Attached));
                else if (file.EndsWith(".bundle.json", StringComparison.Ordinal))
                    attachments.AddRange(ExportedFiles.Bundle(file).Entry.Select(e => e.Resource).OfType<DocumentReference>().Select(Attached));
            }
        }
        Assert.Equal(9, attachments.Count);
        Assert.Contains(attachments, a => a.Contains(ProgressNoteCohort.C1Data, StringComparison.Ordinal));
        Assert.All(attachments, a => Assert.DoesNotContain("MARKER", a, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDocumentsValidateRoundTripAndPassTheProjectsChecksInEveryLayout()
    {
        var resources = Ndjson();
        var documents = resources.Where(r => r.Resource is DocumentReference).ToList();
        Assert.Equal(3, documents.Count);
        foreach (var (json, resource) in documents)
        {
            AssertValid(resource);
            Assert.Equal(json, FhirJsonSerializer.Default.SerializeToString(resource));
        }
        Assert.Empty(ExportChecks.Check([.. resources.Select(r => ((string?)null, r.Resource))], Part2Labels.DefaultNotice));

        var folder = Small.Output.Sub("bundle");
        Small.Export(folder, ExportFormat.Bundle);
        var bundle = ExportedFiles.Bundle(Path.Combine(folder, $"{SmallCohort.CohortId}.bundle.json"));
        AssertValid(bundle);
        var entries = bundle.Entry.Where(e => e.Resource is DocumentReference).ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.StartsWith("DocumentReference?identifier=urn%3Aiop%3Aeastside%3Aprogress-note|", e.Request!.Url, StringComparison.Ordinal);
            Assert.StartsWith("urn:uuid:", ((DocumentReference)e.Resource!).Context!.Encounter.Single().Reference, StringComparison.Ordinal);
            Assert.Null(e.Resource!.Id);
        });
        Assert.Empty(ExportChecks.Check(ExportedFiles.Entries(bundle), Part2Labels.DefaultNotice));

        var clients = Small.Output.Sub("per-client");
        new CarePlanExporter(Small.Harness.Engine).Export(new CarePlanExportRequest
        {
            CohortId = SmallCohort.CohortId, Format = ExportFormat.Bundle, PerClient = true, OutputFolder = clients, Actor = "test", Recipient = Consenting.Everyone(Small.Harness.Engine),
        });
        foreach (var file in Directory.GetFiles(Path.Combine(clients, SmallCohort.CohortId, "clients"), "*.bundle.json"))
        {
            var own = ExportedFiles.Entries(ExportedFiles.Bundle(file));
            var definitions = ExportedFiles.Entries(ExportedFiles.Bundle(Path.Combine(clients, SmallCohort.CohortId, "cohort.bundle.json")))
                .Where(e => e.Resource is PlanDefinition or ActivityDefinition);
            Assert.Empty(ExportChecks.Check([.. own, .. definitions], Part2Labels.DefaultNotice));
        }
    }

    [Fact]
    public void TheChecksCatchADocumentThatPointsNowhereOrIsNotAProgressNote()
    {
        var document = new DocumentReference
        {
            Status = DocumentReferenceStatus.Current,
            Subject = new ResourceReference("Patient/nobody"),
            Context = new DocumentReference.ContextComponent { Encounter = [new ResourceReference("Encounter/nowhere")] },
            Content = [new DocumentReference.ContentComponent { Attachment = new Attachment { ContentType = "text/html" } }],
        };
        Assert.Empty(document.Validate());
        var problems = ExportChecks.Check([(null, document)], Part2Labels.DefaultNotice);
        Assert.Contains(problems, p => p.Contains("'Patient/nobody' does not resolve", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Encounter/nowhere' does not resolve", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("LOINC 11506-3", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("clinical-note", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("text/plain; charset=utf-8 attachment", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("security labels", StringComparison.Ordinal));
    }

    [Fact]
    public void AReExportIsByteForByteTheSameAndALaterOneNamesEveryDocumentAsBefore()
    {
        Ndjson("first");
        Ndjson("second");
        Assert.Equal(File.ReadAllBytes(Path.Combine(Small.Output.Sub("first"), "DocumentReference.ndjson")),
            File.ReadAllBytes(Path.Combine(Small.Output.Sub("second"), "DocumentReference.ndjson")));
        foreach (var format in new[] { "bundle-1", "bundle-2" }) Small.Export(Small.Output.Sub(format), ExportFormat.Bundle);
        var file = $"{SmallCohort.CohortId}.bundle.json";
        Assert.Equal(File.ReadAllBytes(Path.Combine(Small.Output.Sub("bundle-1"), file)), File.ReadAllBytes(Path.Combine(Small.Output.Sub("bundle-2"), file)));

        Small.Harness.SetInstant(Small.Harness.Now.Plus(Duration.FromDays(3)));
        Ndjson("later");
        Assert.Equal(File.ReadAllBytes(Path.Combine(Small.Output.Sub("first"), "DocumentReference.ndjson")),
            File.ReadAllBytes(Path.Combine(Small.Output.Sub("later"), "DocumentReference.ndjson")));
    }

    [Fact]
    public void ANoteAwaitingCoSignatureIsExportedOnceCoSignedUnderItsOwnId()
    {
        var before = ExportedFiles.OfType<DocumentReference>(Ndjson("before"));
        Small.Harness.Engine.Notes.CoSign(new NotesSignRequest { CohortId = SmallCohort.CohortId, SessionId = _cohort.Er.Id, ClientIds = ["C-2"], Actor = "sue" });
        var after = ExportedFiles.OfType<DocumentReference>(Ndjson("after"));
        Assert.Equal(before.Count + 1, after.Count);
        var added = Of(after, _cohort.Er, "C-2");
        Assert.Contains(ProgressNoteCohort.AwaitingText, Attached(added), StringComparison.Ordinal);
        Assert.Equal(Keys("C-2").DocumentReference(_cohort.Note(_cohort.Er, "C-2").Id).Id, added.Id);
        Assert.All(before, d => Assert.True(d.IsExactly(after.Single(a => a.Id == d.Id))));
    }

    [Fact]
    public void TheTypesFilterTakesDocumentsAloneAndAnIncrementalExportTakesAClientWhoseNoteWasAmended()
    {
        var folder = Small.Output.Sub("documents");
        new CarePlanExporter(Small.Harness.Engine).Export(new CarePlanExportRequest
        {
            CohortId = SmallCohort.CohortId, Format = ExportFormat.Ndjson, OutputFolder = folder, Actor = "test", Recipient = Consenting.Everyone(Small.Harness.Engine),
            Types = new HashSet<string>(StringComparer.Ordinal) { "DocumentReference" },
        });
        Assert.Equal(["DocumentReference.ndjson"], Directory.GetFiles(folder, "*.ndjson").Select(Path.GetFileName));
        Assert.Equal(3, File.ReadLines(Path.Combine(folder, "DocumentReference.ndjson")).Count());

        var since = Small.Output.Sub("since");
        Small.Export(since, since: _cohort.AddendumAt.ToDateTimeOffset());
        var documents = ExportedFiles.OfType<DocumentReference>(ExportedFiles.Ndjson(since));
        Assert.Equal(CompositionStatus.Amended, Assert.Single(documents).DocStatus);
    }

    [Fact]
    public void TheResourceSearchFindsAConsentedClientsDocumentsByPatientAndReadsOneById()
    {
        var engine = Small.Harness.Engine;
        engine.Recipients.Add("county-ehr", "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "setup");
        var consents = SmallCohort.Clients.ToDictionary(c => c, c => engine.Consents.Record(c,
            new ConsentDraft(ConsentKinds.Tpo, "county-ehr", null, [], null, ConsentCoverage.All, new(2027, 1, 4), null, new(2027, 1, 4), null), null, "fay"));
        var audience = new Audience("ida", "county-ehr");
        var search = new ResourceSearch(engine, new ExportSettings());
        var patient = Keys("C-2").Patient.Id;
        var query = SearchQuery.Parse("DocumentReference", [new("patient", $"Patient/{patient}")]);
        var page = search.Search(query, audience);
        var document = (DocumentReference)Assert.Single(page.Resources);
        Assert.Equal(1, page.Total);
        Assert.Equal($"Patient/{patient}", document.Subject!.Reference);
        Assert.True(search.Read("DocumentReference", document.Id!, audience).Resource!.IsExactly(document));
        Assert.Null(search.Read("DocumentReference", Keys("C-3").DocumentReference(_cohort.Note(_cohort.Rp, "C-3").Id).Id, audience).Resource);
        Assert.Null(search.Read("DocumentReference", Keys("C-2").DocumentReference(_cohort.Note(_cohort.Er, "C-2").Id).Id, audience).Resource);
        Assert.Equal(3, search.Search(SearchQuery.Parse("DocumentReference", []), audience).Total);
        page.Disclosed.Record(engine, "fhir-search");
        Assert.Equal("DocumentReference 1", Assert.Single(engine.Disclosures.Accounting("C-2")).What);

        // Revoked, the client's documents are gone from the very next search, uncounted, and the refusal is audited.
        engine.Consents.Revoke(consents["C-2"], new LocalDate(2027, 1, 4), null, "fay");
        var after = search.Search(query, audience);
        Assert.Equal(0, after.Total);
        Assert.Equal(2, search.Search(SearchQuery.Parse("DocumentReference", []), audience).Total);
        after.Disclosed.Record(engine, "fhir-search");
        Assert.Contains(engine.Audit.Read(new Access.AuditQuery(Actor: "ida", Action: "disclosure-refused")), a => a.Resource.StartsWith("client C-2 to recipient county-ehr", StringComparison.Ordinal));
        Assert.Null(search.Read("DocumentReference", document.Id!, audience).Resource);
    }

    private static void AssertValid(Base resource)
    {
        var problems = resource.Validate();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
    }
}
