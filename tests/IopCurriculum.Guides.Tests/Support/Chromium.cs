using IopCurriculum.Guides.Pdf;

namespace IopCurriculum.Guides.Tests.Support;

/// <summary>
/// The Chromium a PDF test prints with. On a laptop without one the test is skipped; in CI
/// (<c>CI=true</c>) a missing Chromium fails the test, since <c>.ci/run</c> installs it.
/// </summary>
internal static class Chromium
{
    public static ChromiumPdf Require()
    {
        try
        {
            return new ChromiumPdf(ChromiumLocator.Find());
        }
        catch (ChromiumNotFoundException missing)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"CI=true and Chromium is missing, so the PDF tests cannot run: {missing.Message}", missing);
            Skip.If(true, missing.Message);
            throw;
        }
    }
}
