using System.Text.Json;

namespace IopCurriculum.Fhir.Output;

/// <summary>
/// Bulk Data output: one <c>Type.ndjson</c> file per resource type, one resource per line, each written
/// and flushed as it arrives, and a <c>manifest.json</c> listing the files when the export completes.
/// </summary>
internal sealed class NdjsonSink(string folder) : IResourceSink
{
    public const string ManifestName = "manifest.json";

    private readonly Dictionary<string, (FileStream Stream, Utf8JsonWriter Writer)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Write(ExportEntry entry)
    {
        var type = entry.Resource.TypeName;
        if (!_files.TryGetValue(type, out var file))
        {
            var stream = new FileStream(Path.Combine(folder, FileName(type)), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            _files[type] = file = (stream, new Utf8JsonWriter(stream, FhirJson.Options(indented: false)));
        }
        FhirJson.Serializer.Serialize(entry.Resource, file.Writer);
        file.Writer.Flush();
        file.Stream.WriteByte((byte)'\n');
        // A JSON writer writes one value; NDJSON is many, so it starts afresh on each line.
        file.Writer.Reset();
        _counts[type] = _counts.GetValueOrDefault(type) + 1;
    }

    public void Finish(ExportManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        foreach (var (stream, writer) in _files.Values)
        {
            writer.Dispose();
            stream.Flush(flushToDisk: true);
        }
        manifest.Write(Path.Combine(folder, ManifestName), ResourceTypes.Ordered(_counts.Keys).Select(t => (t, FileName(t), _counts[t])));
    }

    public void Dispose()
    {
        foreach (var (stream, writer) in _files.Values)
        {
            writer.Dispose();
            stream.Dispose();
        }
    }

    public static string FileName(string type) => $"{type}.ndjson";
}
