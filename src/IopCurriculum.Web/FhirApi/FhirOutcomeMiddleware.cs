using IopCurriculum.Web.Hosting;

namespace IopCurriculum.Web.FhirApi;

/// <summary>
/// Makes every error under <c>/fhir</c> an OperationOutcome: refusals and failures thrown by the endpoints,
/// and the bare statuses the pipeline sets (401 and 403 from sign-in, 404 and 405 from routing), whose
/// headers, such as the <c>WWW-Authenticate: Bearer</c> challenge, are kept. A failure's details go to
/// the log by type only; the client learns nothing of the server's internals.
/// </summary>
internal sealed partial class FhirOutcomeMiddleware(RequestDelegate next, WebSettings settings, ILogger<FhirOutcomeMiddleware> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > settings.MaxRequestBytes)
        {
            await FhirResult.Write(context.Response, Outcomes.Of(StatusCodes.Status413PayloadTooLarge,
                $"the request body is {context.Request.ContentLength} bytes; this server accepts at most {settings.MaxRequestBytes}"), StatusCodes.Status413PayloadTooLarge);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception problem) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var status = Problems.StatusFor(problem);
            string message;
            if (status >= 500)
            {
                Failed(log, problem.GetType().Name, context.TraceIdentifier, problem.StackTrace);
                message = $"the server failed to answer; the failure is logged under {context.TraceIdentifier}";
            }
            else message = problem.Message;
            context.Response.Clear();
            await FhirResult.Write(context.Response, Outcomes.Of(status, message), status);
            return;
        }
        var response = context.Response;
        if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null or 0 && string.IsNullOrEmpty(response.ContentType))
            await FhirResult.Write(response, Outcomes.Of(response.StatusCode, Outcomes.DefaultMessage(response.StatusCode)), response.StatusCode);
    }

    /// <summary>The type and stack only: an exception's message may quote stored values.</summary>
    [LoggerMessage(Level = LogLevel.Error, Message = "FHIR request failed with {ExceptionType} (trace {TraceId}) at {Stack}")]
    private static partial void Failed(ILogger logger, string exceptionType, string traceId, string? stack);
}
