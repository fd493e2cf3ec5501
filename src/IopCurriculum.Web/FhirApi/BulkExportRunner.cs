using System.Text.RegularExpressions;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Persistence;
using IopCurriculum.Web.Auditing;
using IopCurriculum.Web.Hosting;

namespace IopCurriculum.Web.FhirApi;

/// <summary>
/// Runs Bulk Data export jobs one at a time in the background, through the same exporter as
/// <c>iop export careplans --format ndjson</c>, which records the disclosure. On start it picks up the
/// jobs a restart left waiting or half done; a half-done job starts afresh, since the exporter only ever
/// moves complete file sets into place.
/// </summary>
internal sealed partial class BulkExportRunner(
    BulkExportJobs jobs, IopEngine engine, ResourceSearch resources, WebSettings settings,
    ExportSettings exportSettings, ILogger<BulkExportRunner> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var requeued = jobs.Requeue();
        if (requeued > 0) Requeued(log, requeued);
        await foreach (var id in jobs.Queue.ReadAllAsync(stoppingToken))
            await Task.Run(() => Run(id, stoppingToken), CancellationToken.None);
    }

    private void Run(string id, CancellationToken stopping)
    {
        if (!jobs.Start(id, stopping, out var cancellation))
        {
            cancellation.Dispose();
            return;
        }
        var job = jobs.Get(id)!;
        var folder = Path.GetFullPath(Path.Combine(settings.DataFolder, "exports", id));
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var cohort = GroupOf(job.Request) is { } group ? resources.CohortOfGroup(group) : null;
            // The recipient is read when the job runs: a consent revoked while it waited is honoured.
            var recipient = engine.Users.Find(job.RequestedBy)?.RecipientId
                ?? throw EngineException.Invalid("the integrator account acts for no recipient organization, so no client has consented to it");
            var summary = new CarePlanExporter(engine, exportSettings).Export(new CarePlanExportRequest
            {
                CohortId = cohort,
                All = cohort is null,
                Format = ExportFormat.Ndjson,
                OutputFolder = folder,
                Since = job.SinceUtc is { } since ? new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc)) : null,
                Types = job.Types.Length == 0 ? null : job.Types.Split(',').ToHashSet(StringComparer.Ordinal),
                Actor = job.RequestedBy,
                Recipient = recipient,
                Channel = "bulk-export",
                Request = job.Request,
            }, cancellation.Token);
            if (jobs.Completed(id, folder, summary.Counts))
                engine.Audit.Record(job.RequestedBy, AuditTrail.ExportAction, $"$export {id}", StatusCodes.Status200OK, summary.Total);
            else if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Cancelled by its user (the job already says so), or the host is stopping and the job runs again on start.
        }
        catch (EngineException refused)
        {
            jobs.Fail(id, refused.Message);
        }
        catch (Exception failure)
        {
            Failed(log, id, failure.GetType().Name, failure.StackTrace);
            jobs.Fail(id, "the export could not be written; the server log has the details");
        }
        finally
        {
            jobs.Finish(id);
            cancellation.Dispose();
        }
    }

    /// <summary>The Group a kick-off URL names (<c>…/Group/{id}/$export</c>), or null for a system-level export.</summary>
    internal static string? GroupOf(string request)
    {
        var match = GroupExport().Match(request);
        return match.Success ? Uri.UnescapeDataString(match.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"/fhir/Group/([^/?]+)/\$export", RegexOptions.CultureInvariant)]
    private static partial Regex GroupExport();

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk export: {Count} job(s) left by a restart queued again")]
    private static partial void Requeued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk export job {JobId} failed with {ExceptionType} at {Stack}")]
    private static partial void Failed(ILogger logger, string jobId, string exceptionType, string? stack);
}
