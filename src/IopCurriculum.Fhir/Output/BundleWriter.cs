using System.Text.Json;
using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Output;

/// <summary>
/// Writes one transaction Bundle to a file an entry at a time, never holding the Bundle whole. Each
/// entry is a conditional update (<c>PUT Type?identifier=…</c>) with a <c>urn:uuid</c> fullUrl, so
/// loading the same export twice updates what the first load created instead of duplicating it.
/// </summary>
public sealed class BundleWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _writer;
    private bool _closed;

    public BundleWriter(string path, bool labelled)
    {
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = new Utf8JsonWriter(_stream, FhirJson.Options(indented: true));
        _writer.WriteStartObject();
        _writer.WriteString("resourceType", "Bundle");
        if (labelled)
        {
            _writer.WritePropertyName("meta");
            FhirJson.Serializer.Serialize(Part2Labels.Meta(), _writer);
        }
        _writer.WriteString("type", "transaction");
        _writer.WriteStartArray("entry");
    }

    public int Count { get; private set; }

    public void Add(ExportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var component = new Bundle.EntryComponent
        {
            FullUrl = entry.Key.FullUrl,
            Resource = entry.Resource,
            Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = entry.Key.ConditionalUrl },
        };
        FhirJson.Serializer.Serialize(component, _writer);
        // Flushing per entry keeps the writer's buffer to one entry.
        _writer.Flush();
        Count++;
    }

    /// <summary>Ends the Bundle. Without this (an export that failed) the file is left unfinished, and is discarded.</summary>
    public void Close()
    {
        if (_closed) return;
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _closed = true;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }
}
