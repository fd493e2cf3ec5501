using NodaTime;

namespace IopCurriculum.Plans.Reviews;

/// <summary>Every version and review of one enrolment's plan, so its standing can be told for any past day, as billing needs.</summary>
/// <param name="Versions">Oldest first.</param>
public sealed record PlanHistory(IReadOnlyList<PlanVersionFacts> Versions, IReadOnlyList<(int Version, LocalDate On)> Reviews, int ReviewDays)
{
    /// <summary>The standing as it was at the end of <paramref name="day"/>: later signatures and reviews had not happened.</summary>
    public PlanStanding StandingOn(LocalDate day)
    {
        var versions = Versions.Select(v => v.SignedOn is { } on && on > day ? v with { SignedOn = null } : v).ToList();
        return PlanStandings.Of(versions, [.. Reviews.Where(r => r.On <= day)], ReviewDays, day);
    }
}
