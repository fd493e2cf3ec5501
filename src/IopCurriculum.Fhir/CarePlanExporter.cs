using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Output;

namespace IopCurriculum.Fhir;

/// <summary>
/// Exports cohorts' care plans as transaction Bundles or Bulk Data NDJSON. Resources stream from the
/// database to the files a client at a time; the files appear only once the export is complete, with
/// an audit entry for the disclosure. A refused export (an unknown cohort, a bad option) writes nothing.
/// </summary>
public sealed class CarePlanExporter(IopEngine engine, ExportSettings? settings = null)
{
    private readonly ExportSettings _settings = settings ?? new ExportSettings();

    /// <param name="cancellation">Stops the export between resources; a cancelled export writes nothing and records no disclosure.</param>
    public ExportSummary Export(CarePlanExportRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.All == request.CohortId is not null)
            throw EngineException.InvalidField("scope", "name one cohort, or choose every cohort");
        if (request.PerClient && request.Format == ExportFormat.Ndjson)
            throw EngineException.InvalidField("per-client", "one file per client applies to bundles; NDJSON always writes one file per resource type");
        var cohortIds = engine.Snapshots.CohortIds(request.All ? null : request.CohortId);
        var consent = ExportConsent.Ask(engine, request.Recipient, cohortIds);

        var at = engine.Clock.GetUtcNow();
        var layout = request.Format == ExportFormat.Ndjson ? ExportLayout.Ndjson
            : request.PerClient ? ExportLayout.ClientBundles : ExportLayout.CohortBundles;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var staging = new StagingFolder(request.OutputFolder);
        using (var sink = Sink(layout, staging.Path))
        {
            foreach (var entry in new ExportFeed(engine.Snapshots, engine.Clock, _settings).Entries(cohortIds, layout, request.Since?.UtcDateTime, consent.Allows))
            {
                cancellation.ThrowIfCancellationRequested();
                if (request.Types is { } types && !types.Contains(entry.Resource.TypeName)) continue;
                sink.Write(entry);
                counts[entry.Resource.TypeName] = counts.GetValueOrDefault(entry.Resource.TypeName) + 1;
                consent.Count(entry);
            }
            var leftOut = consent.WriteLeftOut(staging.Path, _settings.Notice);
            sink.Finish(new ExportManifest(at, request.Request ?? Describe(request), _settings.Notice, request.Since, leftOut.Count > 0 ? ExportSummary.LeftOutFile : null));
        }
        var files = Directory.GetFiles(staging.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        // Recorded before the files are moved into place: a disclosure is never made without its entry.
        ExportAudit.Record(engine.Database, at, request.Actor, $"careplans {Word(request.Format)}", $"{Scope(request)}, to {request.Recipient}", counts, staging.Destination);
        consent.Record(engine, request.Channel, request.Actor);
        staging.Commit();
        return new ExportSummary(staging.Destination, files, counts, at, consent.LeftOut);
    }

    private static IResourceSink Sink(ExportLayout layout, string folder) => layout switch
    {
        ExportLayout.Ndjson => new NdjsonSink(folder),
        ExportLayout.ClientBundles => new BundleSink(folder, e => e.ClientId is null
            ? $"{e.CohortId}/cohort.bundle.json"
            : $"{e.CohortId}/clients/{FileSafe(e.ClientId)}.bundle.json"),
        _ => new BundleSink(folder, e => $"{e.CohortId}.bundle.json"),
    };

    /// <summary>A client id as a file name; an id that needs changing gets a short hash so two ids never share a file.</summary>
    internal static string FileSafe(string id)
    {
        var safe = new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return safe == id ? id : $"{safe}-{StableUuid.From(id).ToString("N")[..8]}";
    }

    private static string Scope(CarePlanExportRequest request) =>
        (request.All ? "all cohorts" : $"cohort {request.CohortId}") +
        (request.PerClient ? ", a bundle per client" : "") +
        (request.Since is { } since ? $", changed since {ExportManifest.Format(since)}" : "") +
        (request.Types is { } types ? $", types {string.Join(",", ResourceTypes.Ordered(types))}" : "");

    private static string Describe(CarePlanExportRequest request) =>
        $"iop export careplans {(request.All ? "--all" : $"--cohort {request.CohortId}")} --recipient {request.Recipient} --format {Word(request.Format)}" +
        (request.Since is { } since ? $" --since {ExportManifest.Format(since)}" : "");

    private static string Word(ExportFormat format) => format.ToString().ToLowerInvariant();
}
