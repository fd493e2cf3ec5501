namespace IopCurriculum.Guides.Pdf;

/// <summary>Finds the Chromium that prints PDFs: the one <c>IOP_CHROMIUM</c> names, else the first known name on <c>PATH</c>.</summary>
public static class ChromiumLocator
{
    public const string Variable = "IOP_CHROMIUM";

    /// <summary>Debian's package first, then the names other distributions and Google's builds use.</summary>
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>From this process's environment.</summary>
    public static string Find() => Find(Environment.GetEnvironmentVariable);

    /// <param name="environment">Reads an environment variable; tests pass their own.</param>
    /// <exception cref="ChromiumNotFoundException">
    /// <c>IOP_CHROMIUM</c> names a file that does not exist (it is not second-guessed from PATH), or no
    /// known name is on PATH.
    /// </exception>
    public static string Find(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(Variable) is { Length: > 0 } configured)
            return File.Exists(configured)
                ? configured
                : throw new ChromiumNotFoundException($"{Variable} names {configured}, which does not exist");
        var directories = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in Names)
            foreach (var directory in directories)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }
        throw new ChromiumNotFoundException();
    }
}
