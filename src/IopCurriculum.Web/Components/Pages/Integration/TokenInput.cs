namespace IopCurriculum.Web.Components.Pages.Integration;

/// <summary>The "issue a token" form: who it is for and, optionally, how many days it lasts.</summary>
public sealed class TokenInput
{
    public string? Label { get; set; }
    public int? Days { get; set; }
}
