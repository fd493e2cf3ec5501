using System.Diagnostics;

namespace IopCurriculum.Guides.Pdf;

/// <summary>
/// Prints an HTML guide to PDF with headless Chromium, run as a child process with a time limit. The
/// page size, margins, running header and page numbers all come from the guide's own CSS.
/// </summary>
public sealed class ChromiumPdf
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    private readonly TimeSpan _timeout;

    /// <param name="executable">The Chromium binary, as <see cref="ChromiumLocator"/> finds it.</param>
    public ChromiumPdf(string executable, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        Executable = executable;
        _timeout = timeout ?? DefaultTimeout;
    }

    public string Executable { get; }

    /// <summary>Writes <paramref name="html"/> as a PDF at <paramref name="pdfPath"/>, replacing any file there.</summary>
    /// <exception cref="PdfPrintException">Chromium failed, wrote nothing, or ran past its time.</exception>
    public async Task PrintAsync(string html, string pdfPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        // Chromium gets a folder of its own for the page, the output and its profile, so that prints
        // can run side by side and nothing is left behind.
        var work = Directory.CreateTempSubdirectory("iop-print-");
        try
        {
            var page = Path.Combine(work.FullName, "guide.html");
            var output = Path.Combine(work.FullName, "guide.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken).ConfigureAwait(false);
            await RunAsync(page, output, Path.Combine(work.FullName, "profile"), cancellationToken).ConfigureAwait(false);
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
                throw new PdfPrintException($"{Executable} exited without writing a PDF");
            File.Move(output, Path.GetFullPath(pdfPath), overwrite: true);
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { /* a profile file still held open: the temp folder is cleaned up by the system */ }
        }
    }

    private async Task RunAsync(string page, string output, string profile, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless",
            // Root in a container has no user namespace to sandbox into; the page is our own file.
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-extensions",
            "--no-first-run",
            "--no-default-browser-check",
            // The guide's CSS prints its own header, footer and page numbers.
            "--no-pdf-header-footer",
            $"--user-data-dir={profile}",
            $"--print-to-pdf={output}",
            new Uri(page).AbsoluteUri,
        })
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new PdfPrintException($"{Executable} could not be started");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new PdfPrintException($"{Executable} did not finish printing within {_timeout.TotalSeconds:0} s");
        }
        await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new PdfPrintException($"{Executable} exited with {process.ExitCode}: {LastLines(errors)}");
    }

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : string.Join(" | ", lines[^Math.Min(3, lines.Length)..]);
    }
}
