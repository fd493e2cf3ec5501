using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace IopCurriculum.Web.Security;

/// <summary>
/// Cookie sign-in for people in the browser, bearer tokens for integrators' systems, and the policies.
/// One scheme chooses between the two per request: a request that brings a bearer token, or any API request
/// without a cookie, is judged by the token; everything else by the cookie.
/// </summary>
public static class SecuritySetup
{
    public const string Scheme = "iop";
    public const string CookieName = "iop.auth";

    /// <summary>Paths answered as an API (401/403 statuses) rather than with a redirect to the sign-in page.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/fhir") || request.Path.StartsWithSegments("/api");

    public static IServiceCollection AddIopSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith(BearerTokenHandler.SchemeName + " ", StringComparison.OrdinalIgnoreCase)
                || (IsApi(context.Request) && !context.Request.Cookies.ContainsKey(CookieName))
                    ? BearerTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/account/login";
                o.AccessDeniedPath = "/account/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ValidateStamp;
                o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization(Policies.Add);
        return services;
    }

    /// <summary>A password change, a role change or disabling the account ends every sign-in issued before it.</summary>
    private static Task ValidateStamp(CookieValidatePrincipalContext context)
    {
        var engine = context.HttpContext.RequestServices.GetRequiredService<IopEngine>();
        var id = context.Principal is null ? null : IopClaims.IdOf(context.Principal);
        if (id is not { } userId || !engine.Users.SignInStands(userId, context.Principal!.FindFirst(IopClaims.SecurityStamp)?.Value))
        {
            context.RejectPrincipal();
            return context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        return Task.CompletedTask;
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request)) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
