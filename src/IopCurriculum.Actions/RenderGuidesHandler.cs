using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Guides;
using IopCurriculum.Guides;
using IopCurriculum.Guides.Pdf;
using IopCurriculum.Workflows;

namespace IopCurriculum.Actions;

/// <summary>
/// <c>render-guides</c>: the cohort's packet for the coming week (or the week the action names) written
/// ready under the data folder, so that printing it on Monday takes no time. A packet whose content has
/// not changed since it was last made is left as it is, so the many clients who change stage at one
/// week boundary make it once.
/// </summary>
internal sealed class RenderGuidesHandler(IopEngine engine, ActionSettings settings, GuideRenderer renderer) : IActionHandler
{
    private readonly ReadyPackets _packets = new(settings.DataFolder);

    public string Action => WorkflowActionNames.RenderGuides;

    public async Task<string> RunAsync(ClaimedAction action, CancellationToken cancel)
    {
        var source = new WeekPacketSource(engine);
        var week = action.Arguments.TryGetValue("week", out var named) && int.TryParse(named, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : source.ComingWeek(action.CohortId);
        var packet = source.Read(action.CohortId, week);
        var html = await renderer.PacketAsync(packet).ConfigureAwait(false);
        var htmlPath = _packets.PathOf(packet, GuideFormat.Html);
        var pdfPath = _packets.PathOf(packet, GuideFormat.Pdf);
        var unchanged = File.Exists(htmlPath) && await File.ReadAllTextAsync(htmlPath, cancel).ConfigureAwait(false) == html;
        if (unchanged && (!settings.PrintPdf || File.Exists(pdfPath)))
            return $"week {week} packet unchanged since it was made; nothing to redo";

        Directory.CreateDirectory(Path.GetDirectoryName(htmlPath)!);
        if (settings.PrintPdf)
        {
            string chromium;
            try
            {
                chromium = ChromiumLocator.Find();
            }
            catch (ChromiumNotFoundException)
            {
                await Write(htmlPath, html, cancel).ConfigureAwait(false);
                return $"week {week} packet ready as HTML; no PDF, since Chromium is not installed on this server";
            }
            try
            {
                await new ChromiumPdf(chromium).PrintAsync(html, pdfPath + ".part", cancel).ConfigureAwait(false);
            }
            catch (PdfPrintException e)
            {
                throw new ActionFailedException($"the week {week} packet could not be printed: {e.Message}", e);
            }
            File.Move(pdfPath + ".part", pdfPath, overwrite: true);
        }
        // The HTML last: it is what says the packet is ready, so it never stands beside a stale PDF.
        await Write(htmlPath, html, cancel).ConfigureAwait(false);
        return settings.PrintPdf ? $"week {week} packet ready to print (HTML and PDF)" : $"week {week} packet ready as HTML";
    }

    private static async Task Write(string path, string text, CancellationToken cancel)
    {
        await File.WriteAllTextAsync(path + ".part", text, cancel).ConfigureAwait(false);
        File.Move(path + ".part", path, overwrite: true);
    }
}
