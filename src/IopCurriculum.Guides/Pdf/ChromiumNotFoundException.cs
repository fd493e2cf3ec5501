namespace IopCurriculum.Guides.Pdf;

/// <summary>PDF output was asked for and no Chromium could be found; the message says how to install one.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    public ChromiumNotFoundException()
        : this("no chromium, chromium-browser or google-chrome was found on PATH") { }

    /// <param name="reason">Why none was found, such as "IOP_CHROMIUM names /opt/x, which does not exist".</param>
    public ChromiumNotFoundException(string reason)
        : base($"PDF needs Chromium, and {reason}. Install it with `apt-get install chromium` (Debian/Ubuntu) " +
               $"or set {ChromiumLocator.Variable} to its path; HTML output (--format html) works without it.") { }

    public ChromiumNotFoundException(string reason, Exception innerException)
        : base(reason, innerException) { }
}
