using System.Text.Json;
using System.Text.Json.Serialization;

namespace IopCurriculum.Cli.Commands;

/// <summary>JSON for engine views: snake_case, dates and times as ISO text.</summary>
internal static class EngineJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Converters = { new IsoTextConverter<NodaTime.LocalDate>(), new IsoTextConverter<NodaTime.ZonedDateTime>() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Writes NodaTime values with their ISO pattern.</summary>
    private sealed class IsoTextConverter<T> : JsonConverter<T> where T : IFormattable
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("engine JSON is written, not read");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(typeof(T) == typeof(NodaTime.LocalDate) ? "R" : "G", System.Globalization.CultureInfo.InvariantCulture));
    }
}
