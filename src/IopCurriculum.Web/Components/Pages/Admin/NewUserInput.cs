namespace IopCurriculum.Web.Components.Pages.Admin;

/// <summary>The "create a user" form.</summary>
public sealed class NewUserInput
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public string? Confirm { get; set; }
    public RoleChoice Roles { get; set; } = new();
}
