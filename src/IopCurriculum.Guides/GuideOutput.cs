using IopCurriculum.Guides.Pdf;

namespace IopCurriculum.Guides;

/// <summary>Renders one guide document and writes it as HTML or PDF.</summary>
public static class GuideOutput
{
    /// <summary>
    /// Renders with <paramref name="render"/> and writes the result at <paramref name="path"/>, creating
    /// its folder. For PDF, Chromium is found before anything is rendered, so a missing one fails at once.
    /// </summary>
    /// <exception cref="ChromiumNotFoundException">PDF was asked for and no Chromium was found.</exception>
    /// <exception cref="PdfPrintException">Chromium did not produce the PDF.</exception>
    public static async Task WriteAsync(GuideFormat format, string path, Func<GuideRenderer, Task<string>> render, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(render);
        var printer = format == GuideFormat.Pdf ? new ChromiumPdf(ChromiumLocator.Find()) : null;
        string html;
        var renderer = new GuideRenderer();
        await using (renderer.ConfigureAwait(false))
            html = await render(renderer).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (printer is null) await File.WriteAllTextAsync(path, html, cancellationToken).ConfigureAwait(false);
        else await printer.PrintAsync(html, path, cancellationToken).ConfigureAwait(false);
    }
}
