using IopCurriculum.Access;

namespace IopCurriculum.Web.Components.Pages.Admin;

/// <summary>The role checkboxes of the user forms, read back as the engine's comma-separated list.</summary>
public sealed class RoleChoice
{
    public bool ClinicalLead { get; set; }
    public bool Facilitator { get; set; }
    public bool Supervisor { get; set; }
    public bool Integrator { get; set; }
    public bool Admin { get; set; }

    public string Roles => string.Join(',', new[]
    {
        (ClinicalLead, Access.Roles.ClinicalLead),
        (Facilitator, Access.Roles.Facilitator),
        (Supervisor, Access.Roles.Supervisor),
        (Integrator, Access.Roles.Integrator),
        (Admin, Access.Roles.Admin),
    }.Where(r => r.Item1).Select(r => r.Item2));

    public bool Has(string role) => Roles.Split(',').Contains(role, StringComparer.Ordinal);

    public static RoleChoice Of(string roles)
    {
        var held = Access.Roles.Parse(roles);
        return new RoleChoice
        {
            ClinicalLead = held.Contains(Access.Roles.ClinicalLead),
            Facilitator = held.Contains(Access.Roles.Facilitator),
            Supervisor = held.Contains(Access.Roles.Supervisor),
            Integrator = held.Contains(Access.Roles.Integrator),
            Admin = held.Contains(Access.Roles.Admin),
        };
    }
}
