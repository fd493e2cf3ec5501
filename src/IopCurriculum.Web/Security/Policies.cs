using IopCurriculum.Access;

namespace IopCurriculum.Web.Security;

/// <summary>The authorization policies pages and endpoints name, each a set of roles.</summary>
public static class Policies
{
    /// <summary>Curricula and workflows: clinical leads.</summary>
    public const string Design = "design";

    /// <summary>Programs, cohorts, attendance, notes, guides and the journal: clinical leads, and facilitators and supervisors (only their own cohorts).</summary>
    public const string Cohorts = "cohorts";

    /// <summary>Writing, signing and reviewing treatment plans, and discharging: clinical leads.</summary>
    public const string Plans = "plans";

    /// <summary>The FHIR API and its exports: integrators.</summary>
    public const string Fhir = "fhir";

    /// <summary>Users, tokens, calendar feeds and the access audit: administrators.</summary>
    public const string Admin = "admin";

    /// <summary>Actions that failed every try, to retry or dismiss: clinical leads, who know the clients, and administrators, who keep the systems they reach.</summary>
    public const string Incidents = "incidents";

    internal static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Design, p => p.RequireRole(Roles.ClinicalLead));
        options.AddPolicy(Cohorts, p => p.RequireRole(Roles.ClinicalLead, Roles.Facilitator, Roles.Supervisor));
        options.AddPolicy(Plans, p => p.RequireRole(Roles.ClinicalLead));
        options.AddPolicy(Fhir, p => p.RequireRole(Roles.Integrator));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Incidents, p => p.RequireRole(Roles.ClinicalLead, Roles.Admin));
        // Everything needs a signed-in user unless it says otherwise (the health check, sign-in, calendar feeds).
        options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
