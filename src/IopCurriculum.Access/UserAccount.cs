using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>
/// A user as the directory shows them: who they are, their roles and whether they may sign in. The
/// password hash and the security stamp never leave the directory.
/// </summary>
/// <param name="Roles">Role names separated by commas, such as <c>clinical-lead,facilitator</c>.</param>
/// <param name="DisabledUtc">Set once an administrator disabled the account.</param>
/// <param name="NotesNeedCoSignature">The progress notes they sign are complete only once a supervisor co-signs them.</param>
/// <param name="RecipientId">For an integrator, the recipient organization their tokens act for.</param>
/// <param name="Email">Where task notices go, if the program sends them.</param>
public sealed record UserAccount(long Id, string UserName, string DisplayName, string Roles, DateTime CreatedUtc, DateTime? DisabledUtc, bool NotesNeedCoSignature = false, string? RecipientId = null, string? Email = null)
{
    /// <summary>Holds the role and may act: not disabled.</summary>
    public bool ActiveIn(string role) => DisabledUtc is null && Access.Roles.Parse(Roles).Contains(role);

    internal static UserAccount From(UserRecord user) =>
        new(user.Id, user.UserName, user.DisplayName, user.Roles, user.CreatedUtc, user.DisabledUtc, user.NotesNeedCoSignature, user.RecipientId, user.Email);
}
