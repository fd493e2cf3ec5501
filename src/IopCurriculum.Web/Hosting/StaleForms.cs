using Microsoft.AspNetCore.Antiforgery;

namespace IopCurriculum.Web.Hosting;

/// <summary>
/// A form posted with a token that no longer holds (the page was open too long, or signed out in
/// another tab) is refused by the framework with an empty 400; this answers it with a problem instead,
/// which a browser sees as "this form has expired" (see <see cref="HtmlProblemWriter"/>).
/// </summary>
internal static class StaleForms
{
    public static IApplicationBuilder UseStaleFormAnswers(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode != StatusCodes.Status400BadRequest || context.Response.HasStarted) return;
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false }) return;
            context.Response.ContentType = null;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "This form has expired", Detail = "The form's token is no longer valid; nothing was saved. Reload the page and send the form again." },
            });
        });
}
