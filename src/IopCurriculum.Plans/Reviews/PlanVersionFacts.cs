using NodaTime;

namespace IopCurriculum.Plans.Reviews;

/// <summary>What the standing of a plan is worked out from, for one version: whether and when it was signed, and its goal counts.</summary>
/// <param name="SignedOn">The day it was signed, in the program's calendar; null for a draft.</param>
public sealed record PlanVersionFacts(int Version, LocalDate? SignedOn, int GoalsActive, int GoalsAchieved);
