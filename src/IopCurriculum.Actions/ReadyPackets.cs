using System.Globalization;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Guides;

namespace IopCurriculum.Actions;

/// <summary>
/// Where packets made ahead of time are kept: <c>{data}/packets/{cohort}/</c>, under the same names the
/// CLI gives them, an HTML and (with Chromium) a PDF of each week.
/// </summary>
public sealed class ReadyPackets(string dataFolder)
{
    public string FolderOf(string cohortId) => Path.Combine(dataFolder, "packets", cohortId);

    public string PathOf(WeekPacket packet, GuideFormat format)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return Path.Combine(FolderOf(packet.CohortId), GuideFiles.Packet(packet, format));
    }

    /// <summary>The week's ready packet if it was made from exactly <paramref name="html"/>, the packet as it would be rendered now.</summary>
    public async Task<ReadyPacket?> CurrentAsync(string cohortId, int week, string html, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (Find(cohortId, week) is not { } ready) return null;
        try
        {
            return await File.ReadAllTextAsync(ready.HtmlPath, cancel).ConfigureAwait(false) == html ? ready : null;
        }
        catch (FileNotFoundException)
        {
            // Replaced between the look and the read: treat it as not made.
            return null;
        }
    }

    /// <summary>The week's ready packet, if one was made: its files and when they were last written.</summary>
    public ReadyPacket? Find(string cohortId, int week)
    {
        var folder = FolderOf(cohortId);
        if (!Directory.Exists(folder)) return null;
        var suffix = string.Create(CultureInfo.InvariantCulture, $"_{cohortId}_week-{week:00}");
        var html = Directory.EnumerateFiles(folder, $"*{suffix}.html").Order(StringComparer.Ordinal).LastOrDefault();
        if (html is null) return null;
        var pdf = Path.ChangeExtension(html, ".pdf");
        return new ReadyPacket(html, File.Exists(pdf) ? pdf : null, File.GetLastWriteTimeUtc(File.Exists(pdf) ? pdf : html));
    }
}

/// <param name="WrittenUtc">When the files were last written (by the file system's clock).</param>
public sealed record ReadyPacket(string HtmlPath, string? PdfPath, DateTime WrittenUtc);
