namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>The test classes that read the one course run: it takes seconds, so it runs once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class SharedCourse : ICollectionFixture<CourseFixture>
{
    public const string Name = "course";
}
