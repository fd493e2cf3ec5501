using System.Globalization;
using System.Text.Json;

namespace IopCurriculum.Fhir.Output;

/// <summary>
/// The Bulk Data export manifest: when the export was taken (the <c>--since</c> of the next incremental
/// one), what asked for it, and each file with its type and count. File URLs are relative to the
/// manifest, so the folder can be moved or served as it is. The Part 2 notice travels in an extension.
/// </summary>
/// <param name="LeftOut">The OperationOutcome file naming clients left out for want of consent, or null when none was.</param>
public sealed record ExportManifest(DateTimeOffset TransactionTime, string Request, string Notice, DateTimeOffset? Since, string? LeftOut = null)
{
    public const string NoticeExtension = "urn:iop:redisclosure-notice";
    public const string SinceExtension = "urn:iop:since";

    internal void Write(string path, IEnumerable<(string Type, string File, int Count)> outputs)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new Utf8JsonWriter(stream, FhirJson.Options(indented: true));
        writer.WriteStartObject();
        writer.WriteString("transactionTime", Format(TransactionTime));
        writer.WriteString("request", Request);
        writer.WriteBoolean("requiresAccessToken", false);
        writer.WriteStartArray("output");
        foreach (var (type, file, count) in outputs)
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteString("url", file);
            writer.WriteNumber("count", count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("error");
        if (LeftOut is { } leftOut)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "OperationOutcome");
            writer.WriteString("url", leftOut);
            writer.WriteNumber("count", 1);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("extension");
        writer.WriteString(NoticeExtension, Notice);
        if (Since is { } since) writer.WriteString(SinceExtension, Format(since));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>An instant as FHIR writes it, in UTC to the millisecond.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
