using System.Security.Claims;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Web.Auditing;
using IopCurriculum.Web.Security;
using Microsoft.AspNetCore.Components;

namespace IopCurriculum.Web.Components.Pages.Cohorts;

/// <summary>
/// What every cohort page does first: find the cohort and check the user may see it. A cohort that does
/// not exist and one a facilitator is not assigned to get the same not-found page, so nobody learns
/// which other cohorts exist.
/// </summary>
public abstract class CohortPageBase : ComponentBase
{
    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    [Parameter] public string Id { get; set; } = "";

    [Inject] protected IopEngine Engine { get; set; } = default!;

    [Inject] protected CohortAccess Access { get; set; } = default!;

    [Inject] protected AuditTrail Audit { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    protected ClaimsPrincipal User => HttpContext.User;

    protected string Actor => IopClaims.ActorOf(User);

    /// <summary>False (and the not-found page answered) unless the cohort exists and the user may see it.</summary>
    protected bool Open()
    {
        if (Access.MaySee(User, Id) && Engine.Reports.Cohorts().Any(c => c.Id == Id)) return true;
        Navigation.NotFound();
        return false;
    }
}
