using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IopCurriculum.Consent;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Fhir.Tests.Support;
using IopCurriculum.Fhir.Vocabulary;
using NodaTime;

namespace IopCurriculum.Fhir.Tests.Disclosures;

/// <summary>
/// Every channel that discloses asks the same gate, so each carries exactly the clients with an active
/// consent naming the recipient or a break-glass in force — never those with none, a revoked or expired
/// consent, or a consent naming someone else — and nothing about the others anywhere in what it sends.
/// </summary>
public sealed class ConsentChannelTests : IDisposable
{
    private const string Recipient = "county-ehr";
    private const string CohortId = CourseFixture.CohortId;
    private static readonly string[] Clients = ["K-1", "K-2", "K-3", "K-4", "K-5", "K-6"];

    private readonly FhirHarness _harness = new(new LocalDateTime(2027, 1, 1, 9, 0));
    private readonly TempFolder _output = new();
    private readonly ConsentCases _cases;

    public ConsentChannelTests()
    {
        _harness.CreateProgram();
        _harness.CreateCohort(CourseFixture.Start);
        _harness.SetLocal(new LocalDateTime(2027, 1, 4, 8, 0));
        foreach (var client in Clients) _harness.Enrol(CohortId, client, 1);
        var first = _harness.Sessions(CohortId, 1).First(s => s.EnrolmentId is null);
        _harness.AfterSession(first);
        foreach (var client in Clients) _harness.Attend(CohortId, client, first, "attended");
        _harness.Engine.Recipients.Add(Recipient, "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "test");
        _cases = ConsentCases.Arrange(_harness.Engine, _harness.Clock, Recipient, Clients);
    }

    public void Dispose()
    {
        _harness.Dispose();
        _output.Dispose();
    }

    public static TheoryData<string> Channels => new() { "ndjson", "bundle", "client-bundles", "search", "read" };

    private static ClientKeys Keys(string client) => new(FhirHarness.ProgramId, CohortId, client, "urn:iop:eastside:client");

    private static string PatientReference(string client) => $"Patient/{Keys(client).Patient.Id}";

    private ExportSummary Export(string folder, ExportFormat format, bool perClient = false) =>
        new CarePlanExporter(_harness.Engine).Export(new CarePlanExportRequest
        {
            CohortId = CohortId, Format = format, PerClient = perClient, OutputFolder = folder, Actor = "test", Recipient = Recipient,
        });

    /// <summary>Everything the channel sent, and the clients its Patients name.</summary>
    private (List<Resource> Resources, List<string> Clients) Send(string channel)
    {
        var folder = _output.Sub(channel);
        List<Resource> resources;
        switch (channel)
        {
            case "ndjson":
                Assert.Equal(4, Export(folder, ExportFormat.Ndjson).LeftOut.Count);
                resources = [.. ExportedFiles.Ndjson(folder).Select(r => r.Resource)];
                break;
            case "bundle":
                Export(folder, ExportFormat.Bundle);
                resources = [.. ExportedFiles.Entries(ExportedFiles.Bundle(Path.Combine(folder, $"{CohortId}.bundle.json"))).Select(e => e.Resource)];
                break;
            case "client-bundles":
                Export(folder, ExportFormat.Bundle, perClient: true);
                Assert.Equal(_cases.Disclosed.Select(c => $"{c}.bundle.json"),
                    Directory.GetFiles(Path.Combine(folder, CohortId, "clients")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
                resources = [.. Directory.GetFiles(folder, "*.bundle.json", SearchOption.AllDirectories)
                    .SelectMany(f => ExportedFiles.Entries(ExportedFiles.Bundle(f))).Select(e => e.Resource)];
                break;
            case "search":
                var search = new ResourceSearch(_harness.Engine, new ExportSettings());
                var audience = new Audience("ida", Recipient);
                resources = [];
                foreach (var type in SearchParameters.Types)
                {
                    var page = search.Search(SearchQuery.Parse(type, []), audience);
                    Assert.Equal(page.Resources.Count, page.Total);
                    resources.AddRange(page.Resources);
                }
                break;
            case "read":
                var reader = new ResourceSearch(_harness.Engine, new ExportSettings());
                resources = [];
                foreach (var client in _cases.All)
                {
                    var keys = Keys(client);
                    foreach (var key in new[] { keys.Patient, keys.CarePlan, keys.Encounter(_harness.Sessions(CohortId, 1).First(s => s.EnrolmentId is null).Id) })
                        if (reader.Read(key.Type, key.Id, new Audience("ida", Recipient)).Resource is { } found) resources.Add(found);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(channel), channel, "no such channel");
        }
        var clients = resources.OfType<Patient>().Select(p => p.Identifier.Single().Value!).Distinct().Order(StringComparer.Ordinal).ToList();
        return (resources, clients);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public void ExactlyTheClientsWithAnActiveConsentOrABreakGlassGoOut(string channel)
    {
        var (resources, clients) = Send(channel);
        Assert.Equal(_cases.Disclosed, clients);

        // Nothing anywhere in the answer points at a client who may not be disclosed, not even a Group's member list.
        var allowed = _cases.Disclosed.Select(PatientReference).ToHashSet(StringComparer.Ordinal);
        var patientsNamed = resources.SelectMany(r => ReferenceWalker.All(r, r.TypeName)).Select(x => x.Reference.Reference)
            .Where(r => r is not null && r.Contains("Patient/", StringComparison.Ordinal)).Select(r => r!.Split("Patient/")[1]).ToHashSet(StringComparer.Ordinal);
        Assert.All(patientsNamed, id => Assert.Contains($"Patient/{id}", allowed));
        Assert.Contains(resources, r => r is CarePlan);
        Assert.Equal(2, resources.OfType<CarePlan>().Count());
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public void EachClientSentIsInTheirAccountingAndEachClientRefusedIsInTheAudit(string channel)
    {
        Send(channel);
        if (channel is "search" or "read") return;
        foreach (var client in _cases.Disclosed)
        {
            var line = Assert.Single(_harness.Engine.Disclosures.Accounting(client));
            Assert.Equal((Recipient, "export"), (line.RecipientId, line.Channel));
            Assert.Equal(client == _cases.BreakGlass, line.BreakGlassId is not null);
        }
        foreach (var client in _cases.All.Except(_cases.Disclosed))
            Assert.Empty(_harness.Engine.Disclosures.Accounting(client));
        var refused = _harness.Engine.Audit.Read(new Access.AuditQuery(Actor: "test", Action: "disclosure-refused")).Select(a => a.Resource).ToList();
        Assert.Contains(refused, r => r.StartsWith($"client {_cases.None} to recipient {Recipient} (export): no consent names County EHR", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.StartsWith($"client {_cases.Revoked} to recipient {Recipient} (export): the consent to County EHR was revoked", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.StartsWith($"client {_cases.Expired} to recipient {Recipient} (export): the consent to County EHR has expired", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.StartsWith($"client {_cases.OtherRecipient} to recipient {Recipient} (export): no consent names County EHR", StringComparison.Ordinal));
    }

    [Fact]
    public void TheClientsLeftOutAreNamedByPatientIdAndReasonOnlyAndTheSetIsSound()
    {
        var folder = _output.Sub("left-out");
        var summary = Export(folder, ExportFormat.Ndjson);
        var leftOut = _cases.All.Except(_cases.Disclosed).Select(c => Keys(c).Patient.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(leftOut, summary.LeftOut);
        var text = File.ReadAllText(Path.Combine(folder, ExportSummary.LeftOutFile));
        var outcome = ExportedFiles.Strict.Deserialize<OperationOutcome>(text);
        Assert.Equal(leftOut, outcome.Issue.Where(i => i.Severity == OperationOutcome.IssueSeverity.Error)
            .Select(i => i.Diagnostics!.Split(' ')[0]["Patient/".Length..]).Order(StringComparer.Ordinal));
        Assert.All(_cases.All, client => Assert.DoesNotContain(client, text, StringComparison.Ordinal));

        var resources = ExportedFiles.Ndjson(folder);
        Assert.Empty(ExportChecks.Check([.. resources.Select(r => ((string?)null, r.Resource))], Part2Labels.DefaultNotice));
    }

    [Fact]
    public void TheBreakGlassEndsAndTheClientIsNoLongerSent()
    {
        _harness.Clock.Advance(TimeSpan.FromHours(72));
        var (_, clients) = Send("search");
        Assert.Equal([_cases.Active], clients);
    }
}
