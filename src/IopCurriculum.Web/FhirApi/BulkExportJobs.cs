using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Web.FhirApi;

/// <summary>
/// Bulk Data export jobs in the <c>export_jobs</c> table, and the queue the background runner takes them
/// from. A job is only ever shown to the user who asked for it; to anyone else it does not exist.
/// </summary>
public sealed class BulkExportJobs(IopDatabase database, TimeProvider clock)
{
    public const string Accepted = "accepted";
    public const string Running = "running";
    public const string Complete = "complete";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);

    internal ChannelReader<string> Queue => _queue.Reader;

    public ExportJobRecord Accept(string user, string request, IReadOnlyCollection<string>? types, DateTimeOffset? since)
    {
        var job = new ExportJobRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            RequestedBy = user,
            Request = request.Length > 1000 ? throw EngineException.Invalid("the kick-off URL is longer than 1000 characters") : request,
            Types = types is null ? "" : string.Join(',', types),
            SinceUtc = since?.UtcDateTime,
            Status = Accepted,
            RequestedUtc = clock.GetUtcNow().UtcDateTime,
        };
        using (var db = database.Open())
        {
            db.ExportJobs.Add(job);
            db.SaveChanges();
        }
        _queue.Writer.TryWrite(job.Id);
        return job;
    }

    /// <summary>The user's job, or null when there is none with the id or it is someone else's.</summary>
    public ExportJobRecord? Find(string id, string user)
    {
        using var db = database.Open();
        var job = db.ExportJobs.SingleOrDefault(j => j.Id == id);
        return job is not null && job.RequestedBy == user ? job : null;
    }

    internal ExportJobRecord? Get(string id)
    {
        using var db = database.Open();
        return db.ExportJobs.SingleOrDefault(j => j.Id == id);
    }

    /// <summary>Jobs a restart interrupted, put back on the queue in the order they were asked for.</summary>
    internal int Requeue()
    {
        using var db = database.Open();
        var ids = db.ExportJobs.Where(j => j.Status == Accepted || j.Status == Running).OrderBy(j => j.RequestedUtc).Select(j => j.Id).ToList();
        foreach (var id in ids) _queue.Writer.TryWrite(id);
        return ids.Count;
    }

    /// <summary>Marks the job running and gives the token its cancellation trips; false when it is no longer waiting to run.</summary>
    internal bool Start(string id, CancellationToken stopping, out CancellationTokenSource cancellation)
    {
        cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var db = database.Open();
        var job = db.ExportJobs.SingleOrDefault(j => j.Id == id);
        if (job is null || job.Status is not (Accepted or Running)) return false;
        job.Status = Running;
        db.SaveChanges();
        _running[id] = cancellation;
        return true;
    }

    internal void Finish(string id) => _running.TryRemove(id, out _);

    /// <summary>Records the files written; false when the job was cancelled meanwhile, and its files are to go.</summary>
    internal bool Completed(string id, string folder, IReadOnlyDictionary<string, int> counts)
    {
        using var db = database.Open();
        var job = db.ExportJobs.Single(j => j.Id == id);
        if (job.Status != Running) return false;
        job.Status = Complete;
        job.CompletedUtc = clock.GetUtcNow().UtcDateTime;
        job.Folder = folder;
        job.Outputs = string.Join(';', Fhir.Output.ResourceTypes.Ordered(counts.Keys)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t}={t}.ndjson:{counts[t]}")));
        db.SaveChanges();
        return true;
    }

    internal void Fail(string id, string error)
    {
        using var db = database.Open();
        var job = db.ExportJobs.Single(j => j.Id == id);
        if (job.Status == Cancelled) return;
        job.Status = Failed;
        job.CompletedUtc = clock.GetUtcNow().UtcDateTime;
        job.Error = error.Length > 2000 ? error[..2000] : error;
        db.SaveChanges();
    }

    /// <summary>Stops a waiting or running job, or withdraws a finished one; its files are deleted.</summary>
    public void Cancel(ExportJobRecord job)
    {
        ArgumentNullException.ThrowIfNull(job);
        using (var db = database.Open())
        {
            var stored = db.ExportJobs.Single(j => j.Id == job.Id);
            stored.Status = Cancelled;
            stored.CompletedUtc ??= clock.GetUtcNow().UtcDateTime;
            db.SaveChanges();
        }
        if (_running.TryGetValue(job.Id, out var running)) running.Cancel();
        if (job.Folder is { } folder && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>The files of a complete job: type, file name and count, from <see cref="ExportJobRecord.Outputs"/>.</summary>
    public static IReadOnlyList<(string Type, string File, int Count)> Outputs(ExportJobRecord job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (string.IsNullOrEmpty(job.Outputs)) return [];
        return [.. job.Outputs.Split(';').Select(o =>
        {
            var (type, rest) = (o[..o.IndexOf('=', StringComparison.Ordinal)], o[(o.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var colon = rest.LastIndexOf(':');
            return (type, rest[..colon], int.Parse(rest[(colon + 1)..], CultureInfo.InvariantCulture));
        })];
    }
}
