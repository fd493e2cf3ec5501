using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Guides;
using IopCurriculum.Web.Hosting;
using IopCurriculum.Web.Security;

namespace IopCurriculum.Web.Curricula;

/// <summary>The curriculum pages' non-page parts: a session's printable preview, and a clear answer to an upload that is too big.</summary>
public static class CurriculumEndpoints
{
    public const string UploadPath = "/curricula/upload";

    /// <summary>
    /// A session's guide as the facilitator will print it, from the stored version alone (no cohort, no
    /// client data): <c>/curricula/{id}/{version}/sessions/{code}/preview</c>, the code as in "RP 3".
    /// </summary>
    public static IEndpointRouteBuilder MapCurriculumEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/curricula/{id}/{version}/sessions/{code}/preview", async (string id, string version, string code, IopEngine engine) =>
        {
            var curriculum = engine.Curricula.Load(id, version);
            if (!SessionCode.TryParse(code, out var sessionCode) || curriculum.FindSession(sessionCode) is not { } session)
                throw EngineException.NotFound($"{id} {version} has no session '{code}'; sessions are written as a track code and a number, such as RP 3");
            var renderer = new GuideRenderer();
            await using (renderer.ConfigureAwait(false))
            {
                var html = await renderer.PreviewAsync(curriculum, SessionPreviews.Of(curriculum, session)).ConfigureAwait(false);
                return Results.Content(html, "text/html; charset=utf-8");
            }
        }).RequireAuthorization(Policies.Design);
        return app;
    }

    /// <summary>
    /// An upload larger than the host accepts is sent back to the upload page with a message, rather than
    /// failing while the form is read.
    /// </summary>
    public static IApplicationBuilder UseCurriculumUploadLimit(this IApplicationBuilder app)
    {
        return app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(UploadPath, StringComparison.OrdinalIgnoreCase))
            {
                await next(context).ConfigureAwait(false);
                return;
            }
            var limit = context.RequestServices.GetRequiredService<WebSettings>().MaxRequestBytes;
            if (context.Request.ContentLength > limit)
            {
                TooLarge(context);
                return;
            }
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
            {
                TooLarge(context);
            }
        });
    }

    private static void TooLarge(HttpContext context)
    {
        // Close rather than read the rest of a body we will not use.
        context.Response.Headers.Connection = "close";
        context.Response.Redirect($"{UploadPath}?too-large=1", permanent: false);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
    }
}
