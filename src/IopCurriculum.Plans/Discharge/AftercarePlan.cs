namespace IopCurriculum.Plans.Discharge;

/// <summary>What carries the client on after the course: referrals, mutual-help meetings, and whether they stay in Social Support.</summary>
public sealed record AftercarePlan(IReadOnlyList<string> Referrals, IReadOnlyList<string> MutualHelp, bool ContinuingSocialSupport);
