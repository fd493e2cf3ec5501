using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Resources;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Fhir.Tests.Support;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Tests.Measures;

/// <summary>
/// Completed measures leave the program as a QuestionnaireResponse each, answering the instrument's
/// Questionnaire, with an Observation per score (LOINC where the instrument gives it, text otherwise) and a
/// panel grouping them, all derived from the response and entered-in-error once the measure is struck.
/// </summary>
public sealed class MeasureExportTests : IDisposable
{
    private readonly MeasureCohort _cohort = new();

    public void Dispose() => _cohort.Dispose();

    private SmallCohort Small => _cohort.Small;

    private List<(string Json, Resource Resource)> Ndjson(string name = "ndjson")
    {
        var folder = Small.Output.Sub(name);
        Small.Export(folder);
        return ExportedFiles.Ndjson(folder);
    }

    private static ClientKeys Keys(string client) => new(FhirHarness.ProgramId, SmallCohort.CohortId, client, "urn:iop:eastside:client");

    private static QuestionnaireResponse ResponseOf(IEnumerable<(string, Resource)> resources, string client, MeasureEntry measure) =>
        ExportedFiles.OfType<QuestionnaireResponse>(resources).Single(r => r.Identifier!.Value == $"{SmallCohort.CohortId}/{client}/{measure.Id}");

    private static Observation ObservationOf(IEnumerable<(string, Resource)> resources, string client, MeasureEntry measure, string? score) =>
        ExportedFiles.OfType<Observation>(resources).Single(o => o.Identifier.Single().Value == Keys(client).MeasureObservationValue(measure.Id, score));

    private static Coding Answer(QuestionnaireResponse response, string item) =>
        (Coding)response.Item.Single(i => i.LinkId == item).Answer.Single().Value!;

    private static decimal? Points(Coding coding) =>
        ((FhirDecimal)coding.Extension.Single(e => e.Url == MeasureCodings.OrdinalValue).Value!).Value;

    [Fact]
    public void APhq9IsAResponseToItsQuestionnaireWithItsLoincTotalUnderItsLoincPanel()
    {
        var resources = Ndjson();
        var patient = $"Patient/{Keys("C-1").Patient.Id}";
        var response = ResponseOf(resources, "C-1", _cohort.Phq9);
        Assert.Equal("urn:iop:Questionnaire:PHQ9|1", response.Questionnaire);
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, response.Status);
        Assert.Equal("urn:iop:eastside:measure", response.Identifier!.System);
        Assert.Equal(Keys("C-1").QuestionnaireResponse(_cohort.Phq9.Id).Id, response.Id);
        Assert.Equal(patient, response.Subject!.Reference);
        Assert.Equal(patient, response.Source!.Reference);
        Assert.Equal("2027-01-04", response.Authored);
        Assert.Equal("fay", response.Author!.Display);
        Assert.Null(response.Author.Reference);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], response.Item.Select(i => i.LinkId));
        var first = Answer(response, "1");
        Assert.Equal(("http://loinc.org", "LA6570-1", "More than half the days"), (first.System, first.Code, first.Display));
        Assert.Equal(2m, Points(first));
        var difficulty = Answer(response, "10");
        Assert.Equal(("urn:iop:CodeSystem:PHQ9-answers-difficulty", "1", "Somewhat difficult"), (difficulty.System, difficulty.Code, difficulty.Display));
        Assert.Equal(1m, Points(difficulty));
        Assert.Contains("Needs attention the same day", response.Text!.Div, StringComparison.Ordinal);
        Assert.Contains(Part2Labels.DefaultNotice, response.Text.Div, StringComparison.Ordinal);
        Assert.Equal(Part2Labels.Meta().Security.Select(c => c.Code), response.Meta!.Security.Select(c => c.Code));

        var total = ObservationOf(resources, "C-1", _cohort.Phq9, "total");
        Assert.Equal(ObservationStatus.Final, total.Status);
        var category = Assert.Single(Assert.Single(total.Category).Coding);
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/observation-category", "survey"), (category.System, category.Code));
        var code = Assert.Single(total.Code!.Coding);
        Assert.Equal(("http://loinc.org", "44261-6"), (code.System, code.Code));
        Assert.Equal("Patient Health Questionnaire-9 (PHQ-9): Total score", total.Code.Text);
        var value = Assert.IsType<Quantity>(total.Value);
        Assert.Equal((12m, "{score}", "http://unitsofmeasure.org", "{score}"), (value.Value, value.Unit, value.System, value.Code));
        Assert.Equal("Moderate (10-14)", Assert.Single(total.Interpretation).Text);
        Assert.Null(total.DataAbsentReason);
        Assert.Equal("2027-01-04", ((FhirDateTime)total.Effective!).Value);
        Assert.Equal(patient, total.Subject!.Reference);
        Assert.Equal($"QuestionnaireResponse/{response.Id}", Assert.Single(total.DerivedFrom).Reference);

        var panel = ObservationOf(resources, "C-1", _cohort.Phq9, null);
        Assert.Equal(("http://loinc.org", "44249-1"), (panel.Code!.Coding.Single().System, panel.Code.Coding[0].Code));
        Assert.Null(panel.Value);
        Assert.Equal([$"Observation/{total.Id}"], panel.HasMember.Select(m => m.Reference));
        Assert.Equal($"QuestionnaireResponse/{response.Id}", Assert.Single(panel.DerivedFrom).Reference);
        Assert.Equal("Needs attention the same day: item 9 (Several days).", Assert.Single(panel.Note).Text);
    }

    [Fact]
    public void AGad7TotalHasItsLoincCodeAndSaysItWasProrated()
    {
        var resources = Ndjson();
        var total = ObservationOf(resources, "C-1", _cohort.Gad7, "total");
        Assert.Equal("70274-6", total.Code!.Coding.Single().Code);
        Assert.Equal(9m, ((Quantity)total.Value!).Value);
        Assert.Equal("Mild (5-9)", Assert.Single(total.Interpretation).Text);
        Assert.Equal("Prorated: 1 of 7 items unanswered, each counted as the mean of the answered ones.", Assert.Single(total.Note).Text);
        Assert.Equal("69737-5", ObservationOf(resources, "C-1", _cohort.Gad7, null).Code!.Coding.Single().Code);
        var response = ResponseOf(resources, "C-1", _cohort.Gad7);
        Assert.Equal("urn:iop:Questionnaire:GAD7|1", response.Questionnaire);
        Assert.DoesNotContain(response.Item, i => i.LinkId == "7");
        Assert.Contains("not answered", response.Text!.Div, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBamsScoresAreNamedInTextAloneAndItsAnswersInTheProjectsOwnSystems()
    {
        var resources = Ndjson();
        var scores = new[] { ("use", 3m, "Brief Addiction Monitor (BAM): Use"), ("risk", 10m, "Brief Addiction Monitor (BAM): Risk factors"), ("protective", 20m, "Brief Addiction Monitor (BAM): Protective factors") };
        foreach (var (id, expected, text) in scores)
        {
            var observation = ObservationOf(resources, "C-2", _cohort.Bam, id);
            Assert.Empty(observation.Code!.Coding);
            Assert.Equal(text, observation.Code.Text);
            Assert.Equal(expected, ((Quantity)observation.Value!).Value);
            Assert.Empty(observation.Interpretation);
        }
        var panel = ObservationOf(resources, "C-2", _cohort.Bam, null);
        Assert.Empty(panel.Code!.Coding);
        Assert.Equal("Brief Addiction Monitor (BAM)", panel.Code.Text);
        Assert.Equal(3, panel.HasMember.Count);

        var response = ResponseOf(resources, "C-2", _cohort.Bam);
        Assert.Equal(23, response.Item.Count);
        Assert.All(response.Item, i => Assert.StartsWith("urn:iop:CodeSystem:BAM-answers-", ((Coding)i.Answer.Single().Value!).System, StringComparison.Ordinal));
        Assert.Equal(("urn:iop:CodeSystem:BAM-answers-days", "2", "4-8 days"), (Answer(response, "7c").System, Answer(response, "7c").Code, Answer(response, "7c").Display));
        Assert.Equal(("urn:iop:CodeSystem:BAM-answers-yes-no", "4", "Yes"), (Answer(response, "14").System, Answer(response, "14").Code, Answer(response, "14").Display));
        Assert.DoesNotContain("loinc", string.Join("\n", resources.Where(r => r.Resource is QuestionnaireResponse or Observation or Questionnaire && r.Json.Contains("BAM", StringComparison.Ordinal)).Select(r => r.Json)), StringComparison.Ordinal);
    }

    [Fact]
    public void AScoreWithTooManyItemsMissingHasNoValueButADataAbsentReason()
    {
        var total = ObservationOf(Ndjson(), "C-2", _cohort.Unscored, "total");
        Assert.Null(total.Value);
        Assert.Empty(total.Interpretation);
        var reason = total.DataAbsentReason!;
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown"), (reason.Coding.Single().System, reason.Coding[0].Code));
        Assert.Equal("not scored: 3 items missing", reason.Text);
        Assert.Equal(ObservationStatus.Final, total.Status);
    }

    [Fact]
    public void AStruckMeasureIsEnteredInErrorInItsResponseAndEveryObservation()
    {
        var resources = Ndjson();
        var response = ResponseOf(resources, "C-3", _cohort.Struck);
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError, response.Status);
        Assert.Contains($"2027-01-04 by lee: {MeasureCohort.StruckReason}", response.Text!.Div, StringComparison.Ordinal);
        foreach (var score in new[] { "total", null })
        {
            var observation = ObservationOf(resources, "C-3", _cohort.Struck, score);
            Assert.Equal(ObservationStatus.EnteredInError, observation.Status);
            Assert.Contains("Entered in error", observation.Text!.Div, StringComparison.Ordinal);
        }
        Assert.Equal(24m, ((Quantity)ObservationOf(resources, "C-3", _cohort.Struck, "total").Value!).Value);
    }

    [Fact]
    public void ACravingRatingIsOneObservationWithoutAPanel()
    {
        var resources = Ndjson();
        var craving = ObservationOf(resources, "C-3", _cohort.Craving, "craving");
        Assert.Equal(7m, ((Quantity)craving.Value!).Value);
        Assert.Equal("Craving (0-10): Craving", craving.Code!.Text);
        Assert.DoesNotContain(ExportedFiles.OfType<Observation>(resources), o => o.Identifier[0].Value == Keys("C-3").MeasureObservationValue(_cohort.Craving.Id, null));
        Assert.Equal("urn:iop:CodeSystem:CRAVING-answers-scale", Answer(ResponseOf(resources, "C-3", _cohort.Craving), "1").System);
    }

    [Fact]
    public void TheQuestionnaireCarriesTheInstrumentsItemsCodesAndPointsAndNoPart2Labels()
    {
        var questionnaires = ExportedFiles.OfType<Questionnaire>(Ndjson());
        Assert.Equal(["PHQ9", "GAD7", "BAM", "CRAVING"], questionnaires.Select(q => q.Name));
        var phq9 = questionnaires[0];
        Assert.Equal(("urn:iop:Questionnaire:PHQ9", "1", PublicationStatus.Active), (phq9.Url, phq9.Version, phq9.Status));
        Assert.Equal("Patient Health Questionnaire-9 (PHQ-9)", phq9.Title);
        Assert.Equal(("http://loinc.org", "44249-1"), (phq9.Code.Single().System, phq9.Code[0].Code));
        Assert.StartsWith("No permission required to reproduce", phq9.Copyright, StringComparison.Ordinal);
        Assert.Contains("Kroenke K", phq9.Copyright, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(1, 10).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))], phq9.Item.Select(i => i.LinkId));
        Assert.All(phq9.Item, i => Assert.Equal(Questionnaire.QuestionnaireItemType.Choice, i.Type));
        Assert.Equal("44250-9", phq9.Item[0].Code.Single().Code);
        Assert.Empty(phq9.Item[1].Code);
        var options = phq9.Item[8].AnswerOption.Select(o => (Coding)o.Value!).ToList();
        Assert.Equal(["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"], options.Select(o => o.Code));
        Assert.Equal([0m, 1m, 2m, 3m], options.Select(Points));
        Assert.Null(phq9.Meta);
        Assert.DoesNotContain(Part2Labels.DefaultNotice, phq9.Text!.Div, StringComparison.Ordinal);
        Assert.Contains("7a", questionnaires[2].Item.Select(i => i.LinkId));
        Assert.Equal(QuestionnaireResource.Key(new ExportSettings(), MeasureService.Instrument("PHQ9")).Id, phq9.Id);
    }

    [Fact]
    public void TheMeasuresValidateRoundTripAndPassTheProjectsChecksInEveryLayout()
    {
        var resources = Ndjson();
        Assert.Equal(6, resources.Count(r => r.Resource is QuestionnaireResponse));
        // A score and a panel each for the PHQ-9s and the GAD-7, three scores and a panel for the BAM, the craving rating alone.
        Assert.Equal(2 + 2 + 4 + 2 + 2 + 1, resources.Count(r => r.Resource is Observation));
        foreach (var (json, resource) in resources.Where(r => r.Resource is QuestionnaireResponse or Observation or Questionnaire))
        {
            AssertValid(resource);
            Assert.Equal(json, FhirJsonSerializer.Default.SerializeToString(resource));
        }
        Assert.Empty(ExportChecks.Check([.. resources.Select(r => ((string?)null, r.Resource))], Part2Labels.DefaultNotice));

        var folder = Small.Output.Sub("bundle");
        Small.Export(folder, ExportFormat.Bundle);
        var bundle = ExportedFiles.Bundle(Path.Combine(folder, $"{SmallCohort.CohortId}.bundle.json"));
        AssertValid(bundle);
        Assert.Empty(ExportChecks.Check(ExportedFiles.Entries(bundle), Part2Labels.DefaultNotice));
        var observations = bundle.Entry.Where(e => e.Resource is Observation).ToList();
        Assert.All(observations, e => Assert.StartsWith("urn:uuid:", ((Observation)e.Resource!).DerivedFrom.Single().Reference, StringComparison.Ordinal));
        Assert.All(bundle.Entry.Where(e => e.Resource is QuestionnaireResponse),
            e => Assert.StartsWith("QuestionnaireResponse?identifier=urn%3Aiop%3Aeastside%3Ameasure|", e.Request!.Url, StringComparison.Ordinal));
        Assert.All(bundle.Entry.Where(e => e.Resource is Questionnaire),
            e => Assert.StartsWith("Questionnaire?url=urn%3Aiop%3AQuestionnaire%3A", e.Request!.Url, StringComparison.Ordinal));

        var clients = Small.Output.Sub("per-client");
        new CarePlanExporter(Small.Harness.Engine).Export(new CarePlanExportRequest
        {
            CohortId = SmallCohort.CohortId, Format = ExportFormat.Bundle, PerClient = true, OutputFolder = clients, Actor = "test", Recipient = Consenting.Everyone(Small.Harness.Engine),
        });
        var cohort = ExportedFiles.Entries(ExportedFiles.Bundle(Path.Combine(clients, SmallCohort.CohortId, "cohort.bundle.json")));
        Assert.Equal(4, cohort.Count(e => e.Resource is Questionnaire));
        var definitions = cohort.Where(e => e.Resource is PlanDefinition or ActivityDefinition or Questionnaire).ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(clients, SmallCohort.CohortId, "clients"), "*.bundle.json"))
        {
            var own = ExportedFiles.Entries(ExportedFiles.Bundle(file));
            Assert.DoesNotContain(own, e => e.Resource is Questionnaire);
            Assert.Empty(ExportChecks.Check([.. own, .. definitions], Part2Labels.DefaultNotice));
        }
    }

    [Fact]
    public void TheChecksCatchAResponseToNoQuestionnaireAnUnofferedAnswerAndAnUnconfirmedLoinc()
    {
        var resources = Ndjson();
        var questionnaire = ExportedFiles.OfType<Questionnaire>(resources).First();
        var response = new QuestionnaireResponse
        {
            Questionnaire = "urn:iop:Questionnaire:PHQ9|9",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = new ResourceReference("Patient/nobody"),
        };
        var wrong = new QuestionnaireResponse
        {
            Questionnaire = $"{questionnaire.Url}|{questionnaire.Version}",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Item =
            [
                new() { LinkId = "1", Answer = [new() { Value = new Coding("http://loinc.org", "LA9999-9") }] },
                new() { LinkId = "99", Answer = [new() { Value = new Coding("http://loinc.org", "LA6568-5") }] },
            ],
        };
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [MeasureCodings.Survey()],
            Code = new CodeableConcept("http://loinc.org", "12345-6"),
            Value = new Quantity(3, "points"),
            DerivedFrom = [new ResourceReference($"Observation/{resources.First(r => r.Resource is Observation).Resource.Id}")],
        };
        var empty = new Observation { Status = ObservationStatus.Final, Category = [MeasureCodings.Survey()], Code = new CodeableConcept() };
        Assert.Empty(response.Validate());
        var problems = ExportChecks.Check([(null, questionnaire), (null, response), (null, wrong), (null, observation), (null, empty), .. resources.Where(r => r.Resource is Observation).Select(r => ((string?)null, r.Resource))],
            Part2Labels.DefaultNotice);
        Assert.Contains(problems, p => p.Contains("urn:iop:Questionnaire:PHQ9|9 names no Questionnaire in the export", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Patient/nobody' does not resolve", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the answer to item 1 is not one", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("item 99 is not an item of", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("LOINC LA9999-9 is not a code an instrument gives", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("LOINC 12345-6 is not a code an instrument gives", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("UCUM {score}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("only QuestionnaireResponse may be", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("needs a value, members or a data-absent reason", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the code names nothing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("QuestionnaireResponse", StringComparison.Ordinal) && p.Contains("security labels", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyConsentedClientsMeasuresLeaveAndEachClientsAccountingCountsThem()
    {
        var engine = Small.Harness.Engine;
        engine.Recipients.Add("county-ehr", "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "setup");
        Consenting.Lead(engine);
        foreach (var client in new[] { "C-1", "C-2" })
            engine.Consents.Record(client, new ConsentDraft(ConsentKinds.Tpo, "county-ehr", null, [], null, ConsentCoverage.All,
                MeasureCohort.Monday, null, MeasureCohort.Monday, null), null, Consenting.LeadName);
        var folder = Small.Output.Sub("consented");
        var summary = new CarePlanExporter(engine).Export(new CarePlanExportRequest
        {
            CohortId = SmallCohort.CohortId, Format = ExportFormat.Ndjson, OutputFolder = folder, Actor = "test", Recipient = "county-ehr",
        });
        Assert.Equal([Keys("C-3").Patient.Id], summary.LeftOut);
        var resources = ExportedFiles.Ndjson(folder);
        Assert.Equal(4, resources.Count(r => r.Resource is QuestionnaireResponse));
        var c3 = $"Patient/{Keys("C-3").Patient.Id}";
        Assert.DoesNotContain(ExportedFiles.OfType<QuestionnaireResponse>(resources), r => r.Subject!.Reference == c3);
        Assert.DoesNotContain(ExportedFiles.OfType<Observation>(resources), o => o.Subject!.Reference == c3);
        // No one answered the craving rating but C-3, so its Questionnaire is not sent either.
        Assert.Equal(["PHQ9", "GAD7", "BAM"], ExportedFiles.OfType<Questionnaire>(resources).Select(q => q.Name));
        Assert.Equal(4, summary.Counts["QuestionnaireResponse"]);
        Assert.Equal(3, summary.Counts["Questionnaire"]);

        var c1 = Assert.Single(engine.Disclosures.Accounting("C-1")).What;
        Assert.Contains("QuestionnaireResponse 2", c1, StringComparison.Ordinal);
        Assert.Contains("Observation 4", c1, StringComparison.Ordinal);
        Assert.DoesNotContain("Questionnaire ", c1, StringComparison.Ordinal);
        Assert.Contains("QuestionnaireResponse 2, ", Assert.Single(engine.Disclosures.Accounting("C-2")).What, StringComparison.Ordinal);
        Assert.Empty(engine.Disclosures.Accounting("C-3"));
    }

    [Fact]
    public void TypeFiltersAndIncrementalExportsCarryTheMeasures()
    {
        var folder = Small.Output.Sub("types");
        new CarePlanExporter(Small.Harness.Engine).Export(new CarePlanExportRequest
        {
            CohortId = SmallCohort.CohortId, Format = ExportFormat.Ndjson, OutputFolder = folder, Actor = "test", Recipient = Consenting.Everyone(Small.Harness.Engine),
            Types = new HashSet<string>(StringComparer.Ordinal) { "QuestionnaireResponse", "Questionnaire" },
        });
        Assert.Equal(["Questionnaire.ndjson", "QuestionnaireResponse.ndjson"], Directory.GetFiles(folder, "*.ndjson").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(6, File.ReadLines(Path.Combine(folder, "QuestionnaireResponse.ndjson")).Count());

        // Striking the measure is the last thing recorded: an export since then carries C-3 alone.
        var since = Small.Output.Sub("since");
        Small.Export(since, since: _cohort.StruckAt.ToDateTimeOffset());
        var resources = ExportedFiles.Ndjson(since);
        Assert.Equal(["C-3"], ExportedFiles.OfType<Patient>(resources).Select(p => p.Identifier.Single().Value));
        Assert.Contains(ExportedFiles.OfType<QuestionnaireResponse>(resources), r => r.Status == QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError);
        Assert.Equal(["PHQ9", "CRAVING"], ExportedFiles.OfType<Questionnaire>(resources).Select(q => q.Name));
    }

    [Fact]
    public void TheResourceSearchFindsObservationsByCodeAndResponsesByWhenTheyLastChanged()
    {
        var search = new ResourceSearch(Small.Harness.Engine, new ExportSettings());
        var audience = new Audience("ida", Consenting.Everyone(Small.Harness.Engine));
        var totals = search.Search(SearchQuery.Parse("Observation", [new("code", "http://loinc.org|44261-6")]), audience);
        Assert.Equal(3, totals.Total);
        Assert.All(totals.Resources, r => Assert.Equal("44261-6", ((Observation)r).Code!.Coding.Single().Code));
        // Every PHQ-9 and GAD-7 has a LOINC-coded total and panel; the BAM and the craving rating have none.
        Assert.Equal(8, search.Search(SearchQuery.Parse("Observation", [new("code", "http://loinc.org|")]), audience).Total);
        Assert.Equal(2, search.Search(SearchQuery.Parse("Observation", [new("patient", Keys("C-2").Patient.Id), new("code", "44261-6,44249-1")]), audience).Total);
        // |code asks for a code without a system; C-2 answered no GAD-7.
        Assert.Equal(0, search.Search(SearchQuery.Parse("Observation", [new("patient", Keys("C-2").Patient.Id), new("code", "|44261-6,69737-5")]), audience).Total);

        // Striking C-3's PHQ-9 is the last thing recorded about anyone: only C-3's responses changed since.
        var since = $"ge{_cohort.StruckAt.ToDateTimeOffset().UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}";
        var changed = search.Search(SearchQuery.Parse("QuestionnaireResponse", [new("_lastUpdated", since)]), audience);
        Assert.Equal(2, changed.Total);
        Assert.All(changed.Resources, r => Assert.Equal($"Patient/{Keys("C-3").Patient.Id}", ((QuestionnaireResponse)r).Subject!.Reference));

        var id = Keys("C-2").MeasureObservation(_cohort.Bam.Id, "risk").Id;
        var read = search.Read("Observation", id, audience);
        Assert.Equal(10m, ((Quantity)((Observation)read.Resource!).Value!).Value);
        Assert.Null(search.Read("Observation", Keys("C-2").MeasureObservation(_cohort.Bam.Id, "nothing").Id, audience).Resource);
        Assert.NotNull(search.Read("Questionnaire", QuestionnaireResource.Key(new ExportSettings(), MeasureService.Instrument("GAD7")).Id, audience).Resource);
    }

    private static void AssertValid(Base resource)
    {
        var problems = resource.Validate();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
    }
}
