namespace IopCurriculum.Guides.Tests.Support;

/// <summary>Tests that read the same cohort share one database and its rendered packets.</summary>
[CollectionDefinition(nameof(SharedCohort))]
public sealed class SharedCohort : ICollectionFixture<CohortFixture>;
