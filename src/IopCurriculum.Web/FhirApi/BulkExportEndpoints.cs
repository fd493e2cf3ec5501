using System.Globalization;
using System.Text.Json;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Web.Auditing;
using IopCurriculum.Web.Security;

namespace IopCurriculum.Web.FhirApi;

/// <summary>
/// FHIR Bulk Data's asynchronous pattern over the NDJSON export: kick-off (system or Group), the status
/// address polled until the manifest is ready, cancellation, and the files themselves.
/// </summary>
internal static class BulkExportEndpoints
{
    /// <summary>What <c>_type</c> may name: everything the care-plan export writes.</summary>
    public static IReadOnlyList<string> ExportTypes => ResourceTypes.All;

    /// <summary>The parameters a kick-off takes.</summary>
    public static IReadOnlySet<string> KickOffParameters { get; } = new HashSet<string>(StringComparer.Ordinal) { "_type", "_since", "_outputFormat" };

    public static void Map(RouteGroupBuilder fhir, RouteGroupBuilder json)
    {
        json.MapGet("/$export", (HttpContext c, BulkExportJobs jobs, IopEngine engine, AuditTrail audit) =>
            FhirAudience.Of(c.User, engine) is null ? FhirAudience.NoRecipient() : KickOff(c, jobs, audit, null));
        json.MapGet("/Group/{id}/$export", (string id, HttpContext c, BulkExportJobs jobs, ResourceSearch resources, IopEngine engine, AuditTrail audit) =>
        {
            if (FhirAudience.Of(c.User, engine) is null) return FhirAudience.NoRecipient();
            resources.CohortOfGroup(id);
            return KickOff(c, jobs, audit, id);
        });
        json.MapGet("/bulk-status/{job}", Status);
        json.MapDelete("/bulk-status/{job}", Cancel);
        fhir.MapGet("/bulk-files/{job}/{file}", Download).AddEndpointFilter(Negotiation.Filter(Negotiation.Ndjson));
    }

    private static IResult KickOff(HttpContext context, BulkExportJobs jobs, AuditTrail audit, string? group)
    {
        var request = context.Request;
        if (!request.Headers["Prefer"].Any(p => p is not null && p.Contains("respond-async", StringComparison.OrdinalIgnoreCase)))
            throw EngineException.Invalid("Prefer: a Bulk Data export runs in the background; send Prefer: respond-async");
        var parameters = FhirEndpoints.QueryPairs(request.QueryString.Value);
        foreach (var (name, _) in parameters)
            if (!KickOffParameters.Contains(name) && name != "_format")
                throw EngineException.Invalid($"{name}: not supported by this server's $export; it takes _type, _since and _outputFormat");
        string? Single(string name)
        {
            var values = parameters.Where(p => p.Key == name).Select(p => p.Value).ToList();
            return values.Count switch
            {
                0 => null,
                1 => values[0],
                _ => throw EngineException.Invalid($"{name}: given more than once"),
            };
        }
        if (Single("_outputFormat") is { } format && !Negotiation.Ndjson.Contains(format, StringComparer.OrdinalIgnoreCase))
            throw EngineException.Invalid($"_outputFormat: '{format}' is not offered; this server writes {FhirWire.NdjsonType}");
        List<string>? types = null;
        if (Single("_type") is { } typeList)
        {
            types = [.. typeList.Split(',').Select(t => t.Trim())];
            if (types.FirstOrDefault(t => !ExportTypes.Contains(t, StringComparer.Ordinal)) is { } unknown)
                throw EngineException.Invalid($"_type: '{unknown}' is not a type this export writes; choose from {string.Join(", ", ExportTypes)}");
        }
        var since = Single("_since") is { } sinceText ? InstantRange.ParseInstant("_since", sinceText) : (DateTimeOffset?)null;
        var user = IopClaims.ActorOf(context.User);
        var url = $"{FhirEndpoints.BaseUrl(request)}{(group is null ? "" : $"/Group/{Uri.EscapeDataString(group)}")}/$export{request.QueryString.Value}";
        var job = jobs.Accept(user, url, types, since);
        audit.Export(context.User, group is null ? $"$export job {job.Id}" : $"Group/{group}/$export job {job.Id}", null, StatusCodes.Status202Accepted);
        context.Response.Headers.ContentLocation = StatusUrl(request, job.Id);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> Status(string job, HttpContext context, BulkExportJobs jobs)
    {
        var found = Mine(jobs, job, context);
        switch (found.Status)
        {
            case BulkExportJobs.Accepted or BulkExportJobs.Running:
                context.Response.Headers["X-Progress"] = found.Status == BulkExportJobs.Accepted ? "waiting to start" : "writing files";
                context.Response.Headers.RetryAfter = "2";
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case BulkExportJobs.Failed:
                return FhirResult.Outcome(StatusCodes.Status500InternalServerError, $"the export failed: {found.Error}");
            case BulkExportJobs.Cancelled:
                throw EngineException.NotFound($"export job {job} was cancelled");
        }
        var manifest = await Manifest(found, context.Request, context.RequestAborted);
        return Results.Bytes(manifest, "application/json");
    }

    private static IResult Cancel(string job, HttpContext context, BulkExportJobs jobs, AuditTrail audit)
    {
        var found = Mine(jobs, job, context);
        if (found.Status == BulkExportJobs.Cancelled) throw EngineException.NotFound($"export job {job} was already cancelled");
        jobs.Cancel(found);
        audit.Export(context.User, $"$export job {job} cancelled", null, StatusCodes.Status202Accepted);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static IResult Download(string job, string file, HttpContext context, BulkExportJobs jobs, AuditTrail audit)
    {
        var found = Mine(jobs, job, context);
        if (found.Status != BulkExportJobs.Complete) throw EngineException.NotFound($"export job {job} has no files: it is {found.Status}");
        // Only names the job wrote are served, so no path reaches outside its folder.
        var output = BulkExportJobs.Outputs(found).Where(o => o.File == file).ToList();
        var leftOut = file == ExportSummary.LeftOutFile && found.Folder is not null && File.Exists(Path.Combine(found.Folder, file));
        if ((output.Count == 0 && !leftOut) || found.Folder is null) throw EngineException.NotFound($"export job {job} wrote no file {file}");
        audit.Read(context.User, $"$export job {job} {file}", leftOut ? 1 : output[0].Count);
        return Results.File(Path.Combine(found.Folder, file), FhirWire.NdjsonType);
    }

    private static ExportJobRecord Mine(BulkExportJobs jobs, string id, HttpContext context) =>
        jobs.Find(id, IopClaims.ActorOf(context.User)) ?? throw EngineException.NotFound($"no export job {id}");

    private static string StatusUrl(HttpRequest request, string id) => $"{FhirEndpoints.BaseUrl(request)}/bulk-status/{id}";

    /// <summary>The completion manifest: the exporter's own transaction time and notice, with file URLs this server serves.</summary>
    private static async Task<byte[]> Manifest(ExportJobRecord job, HttpRequest request, CancellationToken cancellation)
    {
        using var written = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(job.Folder!, "manifest.json"), cancellation));
        var root = written.RootElement;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("transactionTime", root.GetProperty("transactionTime").GetString());
            writer.WriteString("request", job.Request);
            writer.WriteBoolean("requiresAccessToken", true);
            writer.WriteStartArray("output");
            foreach (var (type, file, count) in BulkExportJobs.Outputs(job))
            {
                writer.WriteStartObject();
                writer.WriteString("type", type);
                writer.WriteString("url", $"{FhirEndpoints.BaseUrl(request)}/bulk-files/{job.Id}/{file}");
                writer.WriteNumber("count", count);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("error");
            // The clients left out for want of consent, by Patient id only.
            foreach (var error in root.GetProperty("error").EnumerateArray())
            {
                writer.WriteStartObject();
                writer.WriteString("type", error.GetProperty("type").GetString());
                writer.WriteString("url", $"{FhirEndpoints.BaseUrl(request)}/bulk-files/{job.Id}/{error.GetProperty("url").GetString()}");
                writer.WriteNumber("count", error.GetProperty("count").GetInt32());
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            if (root.TryGetProperty("extension", out var extension))
            {
                writer.WritePropertyName("extension");
                extension.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
