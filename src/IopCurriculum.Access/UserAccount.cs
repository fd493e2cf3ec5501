using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>
/// A user as the directory shows them: who they are, their roles and whether they may sign in. The
/// password hash and the security stamp never leave the directory.
/// </summary>
/// <param name="Roles">Role names separated by commas, such as <c>clinical-lead,facilitator</c>.</param>
/// <param name="DisabledUtc">Set once an administrator disabled the account.</param>
public sealed record UserAccount(long Id, string UserName, string DisplayName, string Roles, DateTime CreatedUtc, DateTime? DisabledUtc)
{
    internal static UserAccount From(UserRecord user) =>
        new(user.Id, user.UserName, user.DisplayName, user.Roles, user.CreatedUtc, user.DisabledUtc);
}
