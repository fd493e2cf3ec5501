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
