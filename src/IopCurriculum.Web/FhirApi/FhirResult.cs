using Resource = Hl7.Fhir.Model.Resource;
using IopCurriculum.Fhir.Serving;

namespace IopCurriculum.Web.FhirApi;

/// <summary>A resource written as <c>application/fhir+json</c> with the given status.</summary>
internal sealed class FhirResult(Resource resource, int status = StatusCodes.Status200OK) : IResult
{
    public Resource Resource => resource;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        await Write(httpContext.Response, resource, status);
    }

    public static async Task Write(HttpResponse response, Resource resource, int status)
    {
        response.StatusCode = status;
        response.ContentType = FhirWire.JsonType + "; charset=utf-8";
        // Narratives are written unescaped, as in the bulk files: the body must never be sniffed as HTML.
        response.Headers.XContentTypeOptions = "nosniff";
        await FhirWire.WriteAsync(resource, response.Body, response.HttpContext.RequestAborted);
    }

    public static FhirResult Outcome(int status, string message) => new(Outcomes.Of(status, message), status);
}
