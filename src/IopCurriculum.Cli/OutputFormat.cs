using System.CommandLine;
using IopCurriculum.Reporting.Documents;

namespace IopCurriculum.Cli;

/// <summary>The <c>--format</c> choices and the writer each one uses.</summary>
public enum OutputFormat { Table, Json, Markdown }

internal static class OutputFormats
{
    public static Option<OutputFormat> Option(params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = $"Output format: {string.Join(" | ", allowed.Select(Name))}",
            DefaultValueFactory = _ => OutputFormat.Table,
            HelpName = string.Join("|", allowed.Select(Name)),
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !allowed.Select(Name).Contains(result.Tokens[0].Value, StringComparer.OrdinalIgnoreCase))
                result.AddError($"'{result.Tokens[0].Value}' is not a format here; use one of {string.Join(", ", allowed.Select(Name))}.");
        });
        return option;
    }

    public static IDocumentWriter Writer(OutputFormat format, TextWriter output) =>
        format == OutputFormat.Markdown ? new MarkdownDocumentWriter(output) : new TextDocumentWriter(output);

    private static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
