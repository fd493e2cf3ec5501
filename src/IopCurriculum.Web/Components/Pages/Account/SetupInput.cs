namespace IopCurriculum.Web.Components.Pages.Account;

/// <summary>The first administrator's form: who they are and their password twice.</summary>
public sealed class SetupInput
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public string? Confirm { get; set; }
}
