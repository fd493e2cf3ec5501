using System.Text.Encodings.Web;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IopCurriculum.Web.Security;

/// <summary>
/// Signs in an integrator's system from <c>Authorization: Bearer iop_…</c>. Tokens are looked up by hash;
/// a wrong, revoked or expired token fails without saying which.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IopEngine engine)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
        var user = engine.Tokens.Authenticate(header[(SchemeName.Length + 1)..].Trim());
        if (user is null) return Task.FromResult(AuthenticateResult.Fail("the bearer token is not valid"));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(IopClaims.Principal(user, SchemeName), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} realm=\"iop\"";
        return Task.CompletedTask;
    }
}
