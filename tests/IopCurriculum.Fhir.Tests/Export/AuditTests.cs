using IopCurriculum.Fhir.Tests.Support;

namespace IopCurriculum.Fhir.Tests.Export;

/// <summary>Every export is a disclosure and leaves an audit entry: who, what, how many of each type, and where to.</summary>
[Collection(SharedCourse.Name)]
public sealed class AuditTests(CourseFixture course)
{
    [Fact]
    public void EachOfTheCoursesExportsLeftItsEntry()
    {
        var audit = course.Harness.Audit();
        var end = Assert.Single(audit, a => a.Destination == Path.GetFullPath(course.End("ndjson")));
        Assert.Equal(("fixture", "careplans ndjson", $"cohort {CourseFixture.CohortId}"), (end.Actor, end.What, end.Scope.Replace($", to {Consenting.Recipient}", "", StringComparison.Ordinal)));
        Assert.EndsWith($", to {Consenting.Recipient}", end.Scope, StringComparison.Ordinal);
        Assert.StartsWith("Patient 5, CarePlan 5, Encounter ", end.Counts, StringComparison.Ordinal);
        Assert.EndsWith(", Group 1, PlanDefinition 1, ActivityDefinition 92", end.Counts, StringComparison.Ordinal);
        Assert.Equal(File.ReadLines(Path.Combine(course.End("ndjson"), "Encounter.ndjson")).Count(),
            int.Parse(end.Counts.Split(", ")[2].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(audit, a => a.What == "careplans bundle" && a.Scope == $"cohort {CourseFixture.CohortId}, a bundle per client, to {Consenting.Recipient}");
        Assert.All(audit, a => Assert.True(a.Total > 0));
    }
}
