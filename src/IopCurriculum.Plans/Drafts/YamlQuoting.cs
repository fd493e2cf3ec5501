using System.Text.Encodings.Web;
using System.Text.Json;

namespace IopCurriculum.Plans.Drafts;

/// <summary>Writes a form's text as a YAML value that reads back exactly as typed: a JSON string is a YAML one.</summary>
internal static class YamlQuoting
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quote(string value) => JsonSerializer.Serialize(value.Replace("\r\n", "\n", StringComparison.Ordinal), Relaxed);
}
