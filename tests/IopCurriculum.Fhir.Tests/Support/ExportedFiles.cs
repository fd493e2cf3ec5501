using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>Reads an export back the way a receiving server would: strictly, resource by resource.</summary>
internal static class ExportedFiles
{
    /// <summary>Firely's strict deserializer: an unknown element or a bad code fails the read.</summary>
    public static readonly FhirJsonDeserializer Strict = new(new DeserializerSettings());

    /// <summary>Every line of every NDJSON file in the folder, as JSON text and as the resource read from it.</summary>
    public static List<(string Json, Resource Resource)> Ndjson(string folder) =>
        [.. Directory.GetFiles(folder, "*.ndjson").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => (line, Strict.DeserializeResource(line)))];

    public static Bundle Bundle(string file) => Strict.Deserialize<Bundle>(File.ReadAllText(file));

    /// <summary>A Bundle's resources with their fullUrls, for <see cref="Checks.ExportChecks"/>.</summary>
    public static List<(string? FullUrl, Resource Resource)> Entries(Bundle bundle) =>
        [.. bundle.Entry.Select(e => ((string?)e.FullUrl, e.Resource!))];

    public static List<T> OfType<T>(IEnumerable<(string Json, Resource Resource)> resources) where T : Resource =>
        [.. resources.Select(r => r.Resource).OfType<T>()];
}
