using IopCurriculum.Definitions.Diagnostics;

namespace IopCurriculum.Cli;

/// <summary>Where a command writes: results to standard output, problems to standard error.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Prints a problem with the input and returns <see cref="ExitCodes.InvalidInput"/>.</summary>
    public int Invalid(string message)
    {
        Error.WriteLine($"error: {message}");
        return ExitCodes.InvalidInput;
    }

    /// <summary>Prints every diagnostic and a count, and returns <see cref="ExitCodes.InvalidInput"/>.</summary>
    public int Invalid(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Error.WriteLine(diagnostic);
        Error.WriteLine(diagnostics.Count == 1 ? "1 error" : $"{diagnostics.Count} errors");
        return ExitCodes.InvalidInput;
    }
}
