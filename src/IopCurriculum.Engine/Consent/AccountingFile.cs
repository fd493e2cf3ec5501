using System.Globalization;
using CsvHelper;
using NodaTime;

namespace IopCurriculum.Engine.Consent;

/// <summary>A client's accounting of disclosures as a CSV a client can be handed: to whom, when, what, and under which consent.</summary>
public static class AccountingFile
{
    private static readonly string[] Columns = ["when_utc", "recipient", "recipient_name", "purpose", "channel", "what", "consent", "break_glass", "by"];

    public static void WriteCsv(IReadOnlyList<DisclosureLine> lines, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Columns);
        foreach (var line in lines)
            csv.WriteRecord([
                line.At.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), line.RecipientId, line.RecipientName, line.Purpose, line.Channel, line.What,
                line.ConsentId?.ToString(CultureInfo.InvariantCulture) ?? "", line.BreakGlassId?.ToString(CultureInfo.InvariantCulture) ?? "", line.Actor,
            ]);
    }

    /// <summary>A line's instant in the program's zone, as staff and clients read it.</summary>
    public static string Local(Instant at, DateTimeZone zone) => at.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
