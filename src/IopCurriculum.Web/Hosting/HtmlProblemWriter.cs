using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IopCurriculum.Web.Hosting;

/// <summary>
/// Writes a failed request's problem as an HTML page in the site's layout when a browser asked for a
/// page (its Accept names text/html) outside the APIs; scripts and the APIs keep RFC 7807 problem+json,
/// and the FHIR API its OperationOutcomes. A form posted with an expired token is told to reload.
/// </summary>
internal sealed class HtmlProblemWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    private static readonly string[] ApiPrefixes = ["/fhir", "/api", "/auth", "/.well-known", "/feeds", "/health"];

    /// <summary>Whether an address is an API's, whose problems stay JSON (or OperationOutcomes) whoever asks.</summary>
    public static bool IsApi(PathString path) =>
        ApiPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public bool CanWrite(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (IsApi(request.Path)) return false;
        return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The JSON writer applies the app's wording (the engine's sentence as the detail); so does this one.
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var http = context.HttpContext;
        var stale = http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false };
        var status = http.Response.StatusCode;
        var (title, detail) = stale
            ? ("This form has expired", "The page was open too long, or opened in another tab, so the form could not be trusted; nothing was saved. Open the form again and send it once more.")
            : (TitleOf(status), context.ProblemDetails.Detail ?? DetailOf(status));
        var back = (http.Request.Path + http.Request.QueryString).ToString();
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        if (stale)
        {
            // The refused page has already rendered in this request, and the page renderer renders once
            // per request: this page is written as plain markup in the same frame.
            http.Response.StatusCode = status;
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(StalePage(title, detail, back));
            return;
        }
        var page = new RazorComponentResult<Components.ErrorDocument>(new { Title = title, Detail = detail })
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
        };
        // A page that refused while rendering (it threw, or set 404) has used this request's page renderer,
        // which renders once: the problem page gets a renderer of its own, from a scope of its own.
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var services = http.RequestServices;
        http.RequestServices = scope.ServiceProvider;
        try
        {
            await page.ExecuteAsync(http);
        }
        finally
        {
            http.RequestServices = services;
        }
    }

    private static string StalePage(string title, string detail, string back)
    {
        string E(string text) => System.Net.WebUtility.HtmlEncode(text);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <link rel="stylesheet" href="/css/site.css" /><link rel="icon" href="data:," /><title>{{E(title)}}</title></head>
            <body>
            <header class="top"><a class="brand" href="/">IopCurriculum</a></header>
            <main>
            <h1>{{E(title)}}</h1>
            <p class="error" role="alert" id="problem-detail">{{E(detail)}}</p>
            <p><a id="problem-reload" href="{{E(back)}}">Open the form again</a></p>
            <p><a id="problem-home" href="/">Go to the home page</a></p>
            </main>
            <footer class="phi">This system holds records protected by 42 CFR Part 2. Use them only for the client's treatment; do not redisclose.</footer>
            </body>
            </html>
            """;
    }

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "That request has a mistake",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Not available this way",
        StatusCodes.Status409Conflict => "That clashes with what is recorded",
        StatusCodes.Status413PayloadTooLarge => "Too large",
        StatusCodes.Status429TooManyRequests => "Too many requests",
        >= 500 => "Something went wrong",
        _ => "That did not work",
    };

    private static string DetailOf(int status) => status switch
    {
        StatusCodes.Status404NotFound => "There is nothing at this address.",
        StatusCodes.Status405MethodNotAllowed => "This address cannot be used that way.",
        StatusCodes.Status413PayloadTooLarge => "What was sent is larger than this server accepts.",
        StatusCodes.Status429TooManyRequests => "Too many requests came in a short time; wait a moment and try again.",
        >= 500 => "The server could not finish this request. Nothing half-done was kept; try again, and tell an administrator if it happens again.",
        _ => "The request could not be carried out.",
    };
}
