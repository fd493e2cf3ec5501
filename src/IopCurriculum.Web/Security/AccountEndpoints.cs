using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace IopCurriculum.Web.Security;

/// <summary>Signing out. Signing in is the <c>/account/login</c> page, a form like every other.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Taking a form field makes the endpoint check the antiforgery token, so no other site can sign a user out.
        app.MapPost("/account/logout", async (HttpContext context, IopEngine engine, [FromForm] string? returnUrl) =>
        {
            var actor = IopClaims.ActorOf(context.User);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            engine.Audit.Record(actor, "sign-out", "session", StatusCodes.Status302Found);
            return Results.LocalRedirect("/account/login");
        });
    }
}
