using IopCurriculum.Guides.Pdf;

namespace IopCurriculum.Guides.Tests.Pdf;

/// <summary>Finding Chromium, and the message a facilitator reads when there is none.</summary>
public sealed class ChromiumLocatorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("iop-chromium-tests-");

    [Fact]
    public void WithoutChromiumTheMessageSaysHowToInstallItAndThatHtmlWorks()
    {
        var missing = Assert.Throws<ChromiumNotFoundException>(() => ChromiumLocator.Find(Environment(path: _folder.FullName)));

        Assert.Contains("PDF needs Chromium", missing.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", missing.Message, StringComparison.Ordinal);
        Assert.Contains("IOP_CHROMIUM", missing.Message, StringComparison.Ordinal);
        Assert.Contains("--format html", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AChromiumVariableNamingNothingIsReportedAndNotSecondGuessed()
    {
        var fake = Touch("chromium");
        var nowhere = Path.Combine(_folder.FullName, "no-such-chromium");

        var missing = Assert.Throws<ChromiumNotFoundException>(() => ChromiumLocator.Find(Environment(nowhere, _folder.FullName)));

        Assert.Contains($"IOP_CHROMIUM names {nowhere}, which does not exist", missing.Message, StringComparison.Ordinal);
        Assert.Equal(fake, ChromiumLocator.Find(Environment(path: _folder.FullName)));
    }

    [Fact]
    public void TheVariableWinsOverThePath()
    {
        Touch("chromium");
        var chosen = Touch("my-chrome");

        Assert.Equal(chosen, ChromiumLocator.Find(Environment(chosen, _folder.FullName)));
    }

    [Fact]
    public void OtherDistributionsNamesAreFoundOnThePath()
    {
        var other = Touch("chromium-browser");

        Assert.Equal(other, ChromiumLocator.Find(Environment(path: $"/nonexistent{Path.PathSeparator}{_folder.FullName}")));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Touch(string name)
    {
        var file = Path.Combine(_folder.FullName, name);
        File.WriteAllText(file, "");
        return file;
    }

    private static Func<string, string?> Environment(string? chromium = null, string? path = null) =>
        name => name switch
        {
            ChromiumLocator.Variable => chromium,
            "PATH" => path,
            _ => null,
        };
}
