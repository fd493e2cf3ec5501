using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Tests.Support;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Tests.Export;

/// <summary>
/// Everything the course exported, in every layout, passes Firely's validation, reads back strictly and
/// writes out byte for byte the same, and passes the project's own checks for what Firely leaves out.
/// </summary>
[Collection(SharedCourse.Name)]
public sealed class ValidityTests(CourseFixture course)
{
    public static TheoryData<string> NdjsonExports => ["mid-ndjson", "end-ndjson"];

    [Theory]
    [MemberData(nameof(NdjsonExports))]
    public void EveryNdjsonResourceValidatesRoundTripsAndPassesTheProjectsChecks(string export)
    {
        var resources = ExportedFiles.Ndjson(course.Folder(export));
        Assert.Equal(["ActivityDefinition", "CarePlan", "Consent", "Encounter", "Group", "Observation", "Patient", "PlanDefinition"],
            resources.Select(r => r.Resource.TypeName).Distinct().Order(StringComparer.Ordinal));
        foreach (var (json, resource) in resources)
        {
            AssertValid(resource);
            Assert.Equal(json, FhirJsonSerializer.Default.SerializeToString(resource));
            Assert.NotNull(resource.Id);
        }
        Assert.Empty(ExportChecks.Check([.. resources.Select(r => ((string?)null, r.Resource))], Part2Labels.DefaultNotice));
    }

    [Fact]
    public void TheCohortBundleIsAValidTransactionOfConditionalUpdatesThatPassesTheProjectsChecks()
    {
        var bundle = ExportedFiles.Bundle(Path.Combine(course.End("bundle"), $"{CourseFixture.CohortId}.bundle.json"));
        AssertValid(bundle);
        Assert.Equal(Bundle.BundleType.Transaction, bundle.Type);
        Assert.Contains(bundle.Meta!.Security, c => c.Code == "42CFRPart2");
        Assert.All(bundle.Entry, entry =>
        {
            Assert.StartsWith("urn:uuid:", entry.FullUrl, StringComparison.Ordinal);
            Assert.Equal(Bundle.HTTPVerb.PUT, entry.Request!.Method);
            Assert.Equal($"{entry.Resource!.TypeName}?", entry.Request.Url![..(entry.Resource.TypeName.Length + 1)]);
            Assert.Null(entry.Resource.Id);
        });
        Assert.Equal(bundle.Entry.Count, bundle.Entry.Select(e => e.FullUrl).Distinct().Count());
        Assert.Empty(ExportChecks.Check(ExportedFiles.Entries(bundle), Part2Labels.DefaultNotice));
    }

    [Fact]
    public void BundlesPerClientResolveWithinThemselvesAndTheCohortBundleFindsPatientsConditionally()
    {
        var folder = Path.Combine(course.End("clients"), CourseFixture.CohortId);
        var clients = Directory.GetFiles(Path.Combine(folder, "clients"), "*.bundle.json");
        Assert.Equal(5, clients.Length);
        var patients = new List<(string?, Resource)>();
        foreach (var file in clients)
        {
            var bundle = ExportedFiles.Bundle(file);
            AssertValid(bundle);
            var entries = ExportedFiles.Entries(bundle);
            Assert.Single(entries, e => e.Resource is Patient);
            Assert.Single(entries, e => e.Resource is CarePlan);
            // The plan's definitions travel in the cohort's bundle; the plan only names them.
            Assert.Empty(ExportChecks.Check([.. entries, .. DefinitionsOf(folder)], Part2Labels.DefaultNotice));
            patients.AddRange(entries.Where(e => e.Resource is Patient));
        }
        var cohort = ExportedFiles.Bundle(Path.Combine(folder, "cohort.bundle.json"));
        AssertValid(cohort);
        var group = cohort.Entry.Select(e => e.Resource).OfType<Group>().Single();
        Assert.All(group.Member, m => Assert.StartsWith("Patient?identifier=", m.Entity!.Reference, StringComparison.Ordinal));
        Assert.Empty(ExportChecks.Check([.. ExportedFiles.Entries(cohort), .. patients], Part2Labels.DefaultNotice));
    }

    [Fact]
    public void TheChecksCatchWhatFirelyLetsThrough()
    {
        var plan = new CarePlan
        {
            Status = RequestStatus.Active,
            Intent = CarePlan.CarePlanIntent.Plan,
            Subject = new ResourceReference("Group/elsewhere"),
            Activity = [new() { Reference = new ResourceReference("Appointment/1"), Detail = new() { Status = CarePlan.CarePlanActivityStatus.Scheduled } }],
        };
        Assert.Empty(plan.Validate());
        var problems = ExportChecks.Check([(null, plan)], Part2Labels.DefaultNotice);
        Assert.Contains(problems, p => p.Contains("cpl-3", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("assess-plan", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("subject must be a Patient", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("does not resolve", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("security labels", StringComparison.Ordinal));
    }

    private static IEnumerable<(string?, Resource)> DefinitionsOf(string cohortFolder) =>
        ExportedFiles.Entries(ExportedFiles.Bundle(Path.Combine(cohortFolder, "cohort.bundle.json")))
            .Where(e => e.Resource is PlanDefinition or ActivityDefinition);

    private static void AssertValid(Base resource)
    {
        var problems = resource.Validate();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
    }
}
