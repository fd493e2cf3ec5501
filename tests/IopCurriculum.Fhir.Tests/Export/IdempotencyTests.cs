using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Tests.Support;

namespace IopCurriculum.Fhir.Tests.Export;

/// <summary>
/// Exporting the same records again names every resource the same way, so a server that loads both
/// updates rather than duplicates: the same identifiers, conditional URLs, fullUrls and ids.
/// </summary>
[Collection(SharedCourse.Name)]
public sealed class IdempotencyTests(CourseFixture course)
{
    [Fact]
    public void ASecondExportLaterNamesEveryResourceAsTheFirstDid()
    {
        course.Harness.SetInstant(course.Harness.Now.Plus(NodaTime.Duration.FromDays(3)));
        var again = course.Folder("again-bundle");
        course.Export(again, ExportFormat.Bundle);

        var first = ExportedFiles.Bundle(Path.Combine(course.End("bundle"), $"{CourseFixture.CohortId}.bundle.json"));
        var second = ExportedFiles.Bundle(Path.Combine(again, $"{CourseFixture.CohortId}.bundle.json"));
        Assert.Equal(Keys(first), Keys(second));
        Assert.All(first.Entry.Where(e => e.Resource is CarePlan or Patient or Encounter or Observation or Group),
            e => Assert.Matches(@"^\w+\?identifier=urn%3Aiop%3Aeastside%3A[a-z-]+\|.+$", e.Request!.Url));
    }

    [Fact]
    public void BulkFilesKeepTheirIdsAndReferencesAcrossExports()
    {
        var again = course.Folder("again-ndjson");
        course.Export(again, ExportFormat.Ndjson);
        static List<string> Ids(string folder) =>
            [.. ExportedFiles.Ndjson(folder).Select(r => $"{r.Resource.TypeName}/{r.Resource.Id}").Order(StringComparer.Ordinal)];
        Assert.Equal(Ids(course.End("ndjson")), Ids(again));
    }

    private static List<(string?, string?, string)> Keys(Bundle bundle) =>
        [.. bundle.Entry.Select(e => (e.FullUrl, e.Request!.Url, Identifier(e.Resource!))).Order()];

    private static string Identifier(Resource resource) => resource switch
    {
        CarePlan c => $"{c.Identifier[0].System}|{c.Identifier[0].Value}",
        Patient p => $"{p.Identifier[0].System}|{p.Identifier[0].Value}",
        Encounter e => $"{e.Identifier[0].System}|{e.Identifier[0].Value}",
        Observation o => $"{o.Identifier[0].System}|{o.Identifier[0].Value}",
        Group g => $"{g.Identifier[0].System}|{g.Identifier[0].Value}",
        PlanDefinition p => $"{p.Url}|{p.Version}",
        ActivityDefinition a => $"{a.Url}|{a.Version}",
        _ => resource.TypeName,
    };
}
