using Microsoft.Net.Http.Headers;

namespace IopCurriculum.Web.FhirApi;

/// <summary>
/// What a client may ask for in <c>Accept</c> (and FHIR's <c>_format</c>): the API speaks FHIR JSON, the
/// bulk status speaks JSON and the bulk files NDJSON; anything else is refused with 406 rather than
/// answered in a format the client did not ask for.
/// </summary>
internal static class Negotiation
{
    public static readonly string[] FhirJson = ["application/fhir+json", "application/json", "json"];
    public static readonly string[] Ndjson = ["application/fhir+ndjson", "application/ndjson", "ndjson"];

    public static string? Refusal(HttpRequest request, IReadOnlyList<string> offered)
    {
        if (request.Query["_format"] is { Count: > 0 } formats && formats.Any(f => !offered.Contains(f?.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase)))
            return $"_format={formats[0]} is not offered here; this endpoint answers {offered[0]}";
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return null;
        foreach (var media in accept)
        {
            if (media.Quality == 0) continue;
            var type = media.MediaType.Value ?? "";
            if (type is "*/*" or "application/*" || offered.Contains(type, StringComparer.OrdinalIgnoreCase)) return null;
        }
        return $"Accept: {request.Headers.Accept} asks for nothing this endpoint answers; it answers {offered[0]}";
    }

    /// <summary>An endpoint filter that refuses with a 406 OperationOutcome.</summary>
    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> Filter(IReadOnlyList<string> offered) =>
        async (context, next) => Refusal(context.HttpContext.Request, offered) is { } refusal
            ? FhirResult.Outcome(StatusCodes.Status406NotAcceptable, refusal)
            : await next(context);
}
