namespace IopCurriculum.Persistence.Records;

/// <summary>
/// Someone who signs in to the web app. The password is kept only as a salted, iterated hash; roles
/// decide what they may see and change.
/// </summary>
public sealed class UserRecord
{
    public long Id { get; set; }
    /// <summary>What they type to sign in; unique, compared without case.</summary>
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    /// <summary>Role names separated by commas, such as <c>clinical-lead,facilitator</c>.</summary>
    public required string Roles { get; set; }
    /// <summary>Where task notices are sent, if the program sends them; they carry a link, never client details.</summary>
    public string? Email { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>Set when an administrator disables the account; a disabled user cannot sign in or use tokens.</summary>
    public DateTime? DisabledUtc { get; set; }
    /// <summary>Changes whenever the password, roles or status change, so sign-ins issued before stop working.</summary>
    public required string SecurityStamp { get; set; }
    /// <summary>The progress notes this user signs are complete only once a supervisor co-signs them.</summary>
    public bool NotesNeedCoSignature { get; set; }
    /// <summary>For an integrator: the recipient organization their tokens act for; disclosures to them need its consent.</summary>
    public string? RecipientId { get; set; }
}
