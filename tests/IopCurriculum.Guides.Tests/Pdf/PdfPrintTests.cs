using System.Globalization;
using System.Text.RegularExpressions;
using IopCurriculum.Guides.Pdf;
using IopCurriculum.Guides.Tests.Support;
using UglyToad.PdfPig;

namespace IopCurriculum.Guides.Tests.Pdf;

/// <summary>Packets and previews printed by headless Chromium and read back with PdfPig.</summary>
[Collection(nameof(SharedCohort))]
public sealed partial class PdfPrintTests(CohortFixture cohort) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("iop-pdf-tests-");

    [SkippableFact]
    public async Task APrintedPacketHasTheSessionTitlesAndNumbersItsPagesOneToN()
    {
        var printer = Chromium.Require();
        var packet = cohort.Packet(2);
        var pdf = Path.Combine(_folder.FullName, GuideFiles.Packet(packet, GuideFormat.Pdf));

        await printer.PrintAsync(cohort.Html(2), pdf);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => Flatten(p.Text)).ToArray();
        Assert.Equal(document.NumberOfPages, pages.Length);
        // One sheet for the cover, at least one per guide, one for the log and one for the measures due.
        Assert.InRange(pages.Length, packet.Held.Count() + 3, 4 * packet.Held.Count() + 3);
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Length}", pages[i], StringComparison.Ordinal);
            Assert.Contains("eastside-2027-01-04 \u00b7 Week 2 of 16", pages[i], StringComparison.Ordinal);
        }
        Assert.Contains("Week 2 facilitator packet", pages[0], StringComparison.Ordinal);
        Assert.Contains(pages, p => p.Contains("Urine and breath-alcohol log", StringComparison.Ordinal));
        Assert.Contains("Measures due", pages[^1], StringComparison.Ordinal);
        foreach (var session in packet.Held)
        {
            var heading = $"{session.Label}: {session.Title}";
            // Each guide starts a sheet of its own: its heading, under the running header that names it.
            Assert.Contains(pages, p => p.Contains(heading, StringComparison.Ordinal) && p.Contains(GuideText.SessionHead(session), StringComparison.Ordinal));
        }
        Assert.All(CohortFixture.Clients, c => Assert.DoesNotContain(c.Family, string.Concat(pages), StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task APreviewPrintsOnLetterOrA4WithItsPagesNumbered()
    {
        var printer = Chromium.Require();
        var session = SessionPreviews.Of(Curricula.Matrix, Curricula.Matrix.Session("RP 3"), Curricula.LosAngeles);
        var renderer = new GuideRenderer();
        await using var _ = renderer;

        foreach (var (paper, width, height) in new[] { (PaperSize.Letter, 612.0, 792.0), (PaperSize.A4, 595.0, 842.0) })
        {
            var pdf = Path.Combine(_folder.FullName, $"{paper}.pdf");
            await printer.PrintAsync(await renderer.PreviewAsync(Curricula.Matrix, session, paper), pdf);

            using var document = PdfDocument.Open(pdf);
            var first = document.GetPage(1);
            Assert.Equal(width, first.Width, 0);
            Assert.Equal(height, first.Height, 0);
            var text = Flatten(first.Text);
            Assert.Contains("RP 3: Avoiding Relapse Drift", text, StringComparison.Ordinal);
            Assert.Contains($"Page 1 of {document.NumberOfPages}", text, StringComparison.Ordinal);
            Assert.Contains("19:00\u201319:15", text, StringComparison.Ordinal);
            Assert.Contains("Group room A", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task ChromiumThatFailsIsReportedWithWhatItSaid()
    {
        Skip.If(OperatingSystem.IsWindows(), "the stand-in Chromium is a shell script");
        var script = Path.Combine(_folder.FullName, "broken-chromium");
        await File.WriteAllTextAsync(script, "#!/bin/sh\necho 'no display here' >&2\nexit 3\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var failed = await Assert.ThrowsAsync<PdfPrintException>(() => new ChromiumPdf(script).PrintAsync("<!DOCTYPE html><p>x</p>", Path.Combine(_folder.FullName, "x.pdf")));

        Assert.Contains("exited with 3", failed.Message, StringComparison.Ordinal);
        Assert.Contains("no display here", failed.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "x.pdf")));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>PdfPig's page text with white space collapsed, so words split across text runs still match.</summary>
    private static string Flatten(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
