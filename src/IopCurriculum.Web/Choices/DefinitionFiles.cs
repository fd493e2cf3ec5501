using IopCurriculum.Web.Hosting;

namespace IopCurriculum.Web.Choices;

/// <summary>
/// The workflow definitions under <c>{ContentRoot}/workflows/</c> and the example program calendars under
/// <c>{ContentRoot}/curricula/*/calendars/</c>, by names relative to those folders. Forms offer only these,
/// and only these resolve to files.
/// </summary>
public sealed class DefinitionFiles(WebSettings settings)
{
    private string WorkflowRoot => Path.GetFullPath(Path.Combine(settings.ContentRoot, "workflows"));
    private string CurriculaRoot => Path.GetFullPath(Path.Combine(settings.ContentRoot, "curricula"));

    /// <summary>Workflow file names such as <c>matrix-client.yaml</c>.</summary>
    public IReadOnlyList<string> Workflows() =>
        Directory.Exists(WorkflowRoot)
            ? [.. Directory.EnumerateFiles(WorkflowRoot, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The workflows a new cohort starts with checked: every file but a later version shipped beside its
    /// earlier one as <c>NAME-vN.yaml</c>, since a cohort runs one version of each workflow. Until plans
    /// can be written in the browser, the first version of a course stays the one offered first.
    /// </summary>
    public IReadOnlyList<string> DefaultWorkflows()
    {
        var all = Workflows();
        return [.. all.Where(name => LaterVersionOf(name) is not { } earlier || !all.Contains(earlier, StringComparer.Ordinal))];
    }

    /// <summary><c>matrix-client.yaml</c> for <c>matrix-client-v2.yaml</c>; null for a name without a version suffix.</summary>
    private static string? LaterVersionOf(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var dash = stem.LastIndexOf("-v", StringComparison.Ordinal);
        return dash > 0 && stem.Length > dash + 2 && stem[(dash + 2)..].All(char.IsAsciiDigit) ? stem[..dash] + ".yaml" : null;
    }

    /// <summary>Calendars as <c>matrix-16-week/calendars/example-los-angeles.yaml</c>.</summary>
    public IReadOnlyList<string> Calendars() =>
        Directory.Exists(CurriculaRoot)
            ? [.. Directory.EnumerateDirectories(CurriculaRoot)
                .SelectMany(d => Directory.Exists(Path.Combine(d, "calendars")) ? Directory.EnumerateFiles(Path.Combine(d, "calendars"), "*.yaml") : [])
                .Select(f => Path.GetRelativePath(CurriculaRoot, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];

    public string? WorkflowPath(string? name) =>
        name is not null && Workflows().Contains(name, StringComparer.Ordinal) ? Path.Combine(WorkflowRoot, name) : null;

    public string? CalendarPath(string? name) =>
        name is not null && Calendars().Contains(name, StringComparer.Ordinal) ? Path.Combine(CurriculaRoot, name) : null;
}
