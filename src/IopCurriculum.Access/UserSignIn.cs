using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>
/// What a sign-in is issued from: an enabled user, their roles, and the security stamp that every change to
/// the account renews, so a sign-in can tell when it has been overtaken. The password hash is not in it.
/// </summary>
/// <param name="Roles">Role names separated by commas, such as <c>clinical-lead,facilitator</c>.</param>
public sealed record UserSignIn(long Id, string UserName, string DisplayName, string Roles, string SecurityStamp)
{
    internal static UserSignIn From(UserRecord user) =>
        new(user.Id, user.UserName, user.DisplayName, user.Roles, user.SecurityStamp);
}
