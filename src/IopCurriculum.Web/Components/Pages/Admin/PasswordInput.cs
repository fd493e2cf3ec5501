namespace IopCurriculum.Web.Components.Pages.Admin;

/// <summary>The "reset password" form: the new password twice.</summary>
public sealed class PasswordInput
{
    public string? Password { get; set; }
    public string? Confirm { get; set; }
}
