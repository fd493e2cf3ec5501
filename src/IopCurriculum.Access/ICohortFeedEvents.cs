namespace IopCurriculum.Access;

/// <summary>
/// One cohort's planned sessions as a calendar feed shows them. The feed decides whose cohorts it may show;
/// the cohort runtime, which knows each cohort's curriculum and time zone, says what their sessions are.
/// </summary>
internal interface ICohortFeedEvents
{
    /// <summary>The cohort's sessions as feed events.</summary>
    IReadOnlyList<FeedEvent> Events(string cohortId);
}
