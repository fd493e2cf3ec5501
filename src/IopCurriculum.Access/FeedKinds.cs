namespace IopCurriculum.Access;

/// <summary>What a feed shows: one cohort's sessions, or every session of the cohorts one facilitator runs.</summary>
public static class FeedKinds
{
    public const string Cohort = "cohort";
    public const string Facilitator = "facilitator";
}
