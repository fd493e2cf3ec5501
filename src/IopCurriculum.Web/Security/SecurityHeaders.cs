namespace IopCurriculum.Web.Security;

/// <summary>
/// Headers every response carries. Pages hold client records, so browsers and proxies must not cache
/// them, other sites must not frame them, and no address (calendar secrets, client ids in queries) may
/// leak to another site through the Referer header.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "SAMEORIGIN";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                // Static assets may be cached; everything else may hold PHI.
                if (!IsStaticAsset(context.Request.Path)) headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/js");
}
