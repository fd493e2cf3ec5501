using System.Text.Json;
using System.Text.Json.Serialization;

namespace IopCurriculum.Reporting;

/// <summary>One JSON style for every report: indented, snake_case names, absent values left out.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);
}
