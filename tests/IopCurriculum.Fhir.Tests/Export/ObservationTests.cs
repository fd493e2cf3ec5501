using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Tests.Support;

namespace IopCurriculum.Fhir.Tests.Export;

/// <summary>Test results travel as Observations only because the course's program opted in; each says what it found.</summary>
[Collection(SharedCourse.Name)]
public sealed class ObservationTests(CourseFixture course)
{
    [Fact]
    public void APositiveAMissedAndANegativeTestEachSayWhatTheyFound()
    {
        var observations = ExportedFiles.OfType<Observation>(ExportedFiles.Ndjson(course.End("ndjson")));
        var abs = observations.Where(o => o.Identifier[0].Value!.StartsWith($"{CourseFixture.CohortId}/ABS/", StringComparison.Ordinal)).ToList();

        var positive = Assert.Single(abs, o => o.Interpretation.Any(i => i.Coding[0].Code == "POS"));
        Assert.Equal("positive: methamphetamine", ((CodeableConcept)positive.Value!).Text);
        Assert.Equal(ObservationStatus.Final, positive.Status);

        var missed = Assert.Single(abs, o => o.Status == ObservationStatus.Cancelled);
        Assert.Null(missed.Value);
        Assert.Equal("not-performed", missed.DataAbsentReason!.Coding[0].Code);

        Assert.Contains(abs, o => o.Interpretation.Any(i => i.Coding[0].Code == "NEG"));
        Assert.All(observations, o => Assert.StartsWith("Patient/", o.Subject!.Reference, StringComparison.Ordinal));
        // No LOINC code is confirmed for these tests: the code is the project's own, with the test in text.
        Assert.All(observations, o => Assert.Equal("urn:iop:CodeSystem:drug-test", o.Code!.Coding.Single().System));
    }
}
