using IopCurriculum.Engine;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Web.Components.Pages.Cohorts;
using Microsoft.AspNetCore.Components;

namespace IopCurriculum.Web.Components.Pages.Plans;

/// <summary>What every page about one client's enrolment in a cohort does first: find both, or answer not found.</summary>
public abstract class ClientPageBase : CohortPageBase
{
    private Dictionary<string, string>? _staff;

    [Parameter] public string ClientId { get; set; } = "";

    /// <summary>The client's plan in the cohort, read when the page opened.</summary>
    protected ClientTreatmentPlan? Plan { get; private set; }

    /// <summary>The address under which the client's pages in this cohort are.</summary>
    protected string ClientAddress => $"/cohorts/{Uri.EscapeDataString(Id)}/clients/{Uri.EscapeDataString(ClientId)}";

    /// <summary>The client's plan in this cohort, where the plan pages lead back to.</summary>
    protected string PlanAddress => ClientAddress + "/plan";

    protected string DischargeAddress => ClientAddress + "/discharge";

    /// <summary>False (and the not-found page answered) unless the cohort is the user's to see and the client is enrolled in it.</summary>
    protected bool OpenClient()
    {
        if (!Open()) return false;
        try
        {
            Plan = Engine.TreatmentPlans.Read(Id, ClientId);
            return true;
        }
        catch (EngineException e) when (e.Kind == ProblemKind.NotFound)
        {
            Navigation.NotFound();
            return false;
        }
    }

    /// <summary>A staff member's display name for their user name.</summary>
    protected string StaffName(string userName)
    {
        _staff ??= Engine.Users.List().ToDictionary(u => u.UserName, u => u.DisplayName, StringComparer.Ordinal);
        return _staff.GetValueOrDefault(userName, userName);
    }
}
