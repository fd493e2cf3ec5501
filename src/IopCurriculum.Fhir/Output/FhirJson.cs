using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Serialization;

namespace IopCurriculum.Fhir.Output;

/// <summary>The serializer and writer settings every export file shares.</summary>
internal static class FhirJson
{
    public static FhirJsonSerializer Serializer => FhirJsonSerializer.Default;

    /// <summary>
    /// FHIR JSON is read by machines, not embedded in web pages: narrative markup and non-ASCII text are
    /// written as they are instead of as <c>\u003C</c> escapes, which would bloat every narrative.
    /// </summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
