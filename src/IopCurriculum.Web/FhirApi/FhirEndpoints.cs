using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Web.Auditing;
using IopCurriculum.Web.Security;

namespace IopCurriculum.Web.FhirApi;

/// <summary>
/// The FHIR R4 API under <c>/fhir</c>: the CapabilityStatement, read and search of the export's resources,
/// and Bulk Data <c>$export</c>. Integrators only, by bearer token or browser sign-in.
/// </summary>
public static class FhirEndpoints
{
    public const string Prefix = "/fhir";

    public static IServiceCollection AddFhirApi(this IServiceCollection services)
    {
        services.AddFhirExport();
        services.AddSingleton<BulkExportJobs>();
        services.AddHostedService<BulkExportRunner>();
        return services;
    }

    /// <summary>Turns every error under <c>/fhir</c> into an OperationOutcome; goes before authentication so its 401 and 403 are caught too.</summary>
    public static IApplicationBuilder UseFhirOutcomes(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Prefix), branch => branch.UseMiddleware<FhirOutcomeMiddleware>());

    public static IEndpointRouteBuilder MapFhirApi(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup(Prefix).RequireAuthorization(Policies.Fhir);
        var json = fhir.MapGroup("").AddEndpointFilter(Negotiation.Filter(Negotiation.FhirJson));
        json.MapGet("/metadata", (HttpContext context, TimeProvider clock) =>
            new FhirResult(Capabilities.Build(BaseUrl(context.Request), clock.GetUtcNow(), "IopCurriculum")));
        BulkExportEndpoints.Map(fhir, json);
        json.MapGet("/{type}", Search);
        json.MapGet("/{type}/{id}", Read);
        return app;
    }

    /// <summary>The API's base as the client reached it, such as <c>http://127.0.0.1:5080/fhir</c>.</summary>
    public static string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}";
    }

    private static FhirResult Read(string type, string id, HttpContext context, ResourceSearch resources, IopEngine engine, AuditTrail audit)
    {
        if (FhirAudience.Of(context.User, engine) is not { } audience) return FhirAudience.NoRecipient();
        var (resource, disclosed) = resources.Read(type, id, audience);
        disclosed.Record(engine, "fhir-read");
        // A client without consent for this recipient does not exist for it: the same 404 as an unknown id.
        if (resource is null) throw EngineException.NotFound($"{type}/{id} not found");
        audit.Read(context.User, $"{type}/{id}");
        return new FhirResult(resource);
    }

    private static FhirResult Search(string type, HttpContext context, ResourceSearch resources, IopEngine engine, AuditTrail audit)
    {
        var parameters = QueryPairs(context.Request.QueryString.Value);
        var query = SearchQuery.Parse(type, parameters);
        if (FhirAudience.Of(context.User, engine) is not { } audience) return FhirAudience.NoRecipient();
        var page = resources.Search(query, audience);
        page.Disclosed.Record(engine, "fhir-search");
        audit.Search(context.User, context.Request.QueryString.HasValue ? $"{type}{context.Request.QueryString.Value}" : type, page.Resources.Count);
        return new FhirResult(SearchBundle.Build(page, BaseUrl(context.Request), parameters));
    }

    /// <summary>The query's parameters in the order sent, repeats kept, as FHIR search reads them.</summary>
    internal static List<KeyValuePair<string, string>> QueryPairs(string? query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(query)) return pairs;
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            pairs.Add(new(Unescape(name), Unescape(value)));
        }
        return pairs;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
