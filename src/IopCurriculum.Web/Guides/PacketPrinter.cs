using IopCurriculum.Guides.Pdf;

namespace IopCurriculum.Web.Guides;

/// <summary>
/// Finds the Chromium that prints packets, looked for on each print so that installing it needs no
/// restart. The environment it reads is the process's unless given.
/// </summary>
public sealed class PacketPrinter(Func<string, string?>? environment = null)
{
    /// <exception cref="ChromiumNotFoundException">No Chromium on this server.</exception>
    public ChromiumPdf Printer() => new(ChromiumLocator.Find(environment ?? Environment.GetEnvironmentVariable));
}
