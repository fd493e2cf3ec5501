using System.Security.Claims;
using IopCurriculum.Access;

namespace IopCurriculum.Web.Security;

/// <summary>What a sign-in carries about the user, and reading it back.</summary>
public static class IopClaims
{
    public const string UserId = "iop:uid";
    public const string SecurityStamp = "iop:stamp";

    public static ClaimsPrincipal Principal(UserSignIn user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(UserId, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(SecurityStamp, user.SecurityStamp),
            new("display_name", user.DisplayName),
        };
        claims.AddRange(Roles.Parse(user.Roles).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static long? IdOf(ClaimsPrincipal principal) =>
        long.TryParse(principal?.FindFirstValue(UserId), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The user name for journals and the audit; <c>anonymous</c> when nobody is signed in.</summary>
    public static string ActorOf(ClaimsPrincipal? principal) =>
        principal?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";
}
