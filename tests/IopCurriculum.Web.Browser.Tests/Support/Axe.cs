using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests.Support;

/// <summary>
/// Runs axe-core on the page in the browser with the WCAG 2.0 and 2.1 rules at levels A and AA, and says
/// what it found in words a developer can act on: each rule broken, its help text and the elements breaking it.
/// </summary>
public static class Axe
{
    /// <summary>The rule sets checked: WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static IReadOnlyList<string> Tags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <returns>One line per broken rule, then one per offending element; empty when the page passes.</returns>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            ResultTypes = [ResultType.Violations],
        };
        // What a closed <details> holds is checked too: a person opens it.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var result = await page.RunAxe(options);
        var lines = new List<string>();
        foreach (var violation in result.Violations ?? [])
        {
            lines.Add($"{violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes ?? [])
                lines.Add($"    {node.Target} {Shorten(node.Html)}");
        }
        return lines;
    }

    /// <summary>Runs axe and adds what it found on <paramref name="address"/> to <paramref name="failures"/>.</summary>
    public static async Task CheckAsync(IPage page, string address, IDictionary<string, IReadOnlyList<string>> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var found = await ViolationsAsync(page);
        if (found.Count > 0) failures[address] = found;
    }

    /// <summary>Every page's violations, page by page, for a failed assertion's message.</summary>
    public static string Describe(IDictionary<string, IReadOnlyList<string>> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var text = new StringBuilder();
        text.Append(failures.Count).Append(failures.Count == 1 ? " page breaks" : " pages break").AppendLine(" WCAG 2.1 A/AA rules:");
        foreach (var (address, lines) in failures)
        {
            text.AppendLine(address);
            foreach (var line in lines) text.Append("  ").AppendLine(line);
        }
        return text.ToString();
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : string.Concat(html.AsSpan(0, 157), "...");
}
