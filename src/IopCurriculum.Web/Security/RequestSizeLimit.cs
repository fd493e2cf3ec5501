namespace IopCurriculum.Web.Security;

/// <summary>
/// Refuses a request whose declared body is over the host's limit before anything reads it. Kestrel
/// also stops a body that grows past the limit while streaming; this answers the common case at once,
/// with 413, whatever server runs the app.
/// </summary>
public static class RequestSizeLimit
{
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }
            return next(context);
        });
}
