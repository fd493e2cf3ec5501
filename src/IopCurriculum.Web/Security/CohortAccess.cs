using System.Security.Claims;
using IopCurriculum.Access;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Web.Security;

/// <summary>
/// Which cohorts a user may open: clinical leads see every cohort, facilitators only those assigned to
/// them. Pages ask before showing or changing anything of a cohort's.
/// </summary>
public sealed class CohortAccess(IopEngine engine)
{
    public bool MaySee(ClaimsPrincipal user, string cohortId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.ClinicalLead)) return true;
        return RunsCohorts(user) && IopClaims.IdOf(user) is { } id && engine.Users.CohortsOf(id).Contains(cohortId, StringComparer.Ordinal);
    }

    /// <summary>The cohorts <paramref name="user"/> may open, as the engine lists them.</summary>
    public IReadOnlyList<CohortSummary> Visible(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var all = engine.Reports.Cohorts();
        if (user.IsInRole(Roles.ClinicalLead)) return all;
        if (!RunsCohorts(user) || IopClaims.IdOf(user) is not { } id) return [];
        var mine = engine.Users.CohortsOf(id).ToHashSet(StringComparer.Ordinal);
        return [.. all.Where(c => mine.Contains(c.Id))];
    }

    /// <summary>
    /// The cohorts whose clients <paramref name="user"/> may read, for the client chart and search: null
    /// for every cohort (clinical leads), otherwise the facilitator's assigned cohorts, empty for anyone else.
    /// </summary>
    public IReadOnlyCollection<string>? Scope(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.ClinicalLead)) return null;
        return RunsCohorts(user) && IopClaims.IdOf(user) is { } id ? engine.Users.CohortsOf(id) : [];
    }

    /// <summary>Facilitators and supervisors work in the cohorts assigned to them.</summary>
    private static bool RunsCohorts(ClaimsPrincipal user) => user.IsInRole(Roles.Facilitator) || user.IsInRole(Roles.Supervisor);

    /// <summary>Throws the engine's not-found refusal unless the user may see the cohort, so a facilitator cannot learn which other cohorts exist.</summary>
    public void Require(ClaimsPrincipal user, string cohortId)
    {
        if (!MaySee(user, cohortId)) throw EngineException.NotFound($"cohort '{cohortId}' not found");
    }
}
