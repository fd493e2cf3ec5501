using System.Text.Json;
using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Output;

namespace IopCurriculum.Fhir.Serving;

/// <summary>Resources as the API sends them: the same JSON, byte for byte, as a line of the bulk files.</summary>
public static class FhirWire
{
    public const string JsonType = "application/fhir+json";
    public const string NdjsonType = "application/fhir+ndjson";

    public static async System.Threading.Tasks.Task WriteAsync(Resource resource, Stream stream, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(resource);
        await using var writer = new Utf8JsonWriter(stream, FhirJson.Options(indented: false));
        FhirJson.Serializer.Serialize(resource, writer);
        await writer.FlushAsync(cancellation);
    }
}
