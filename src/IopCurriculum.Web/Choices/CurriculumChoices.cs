using IopCurriculum.Web.Hosting;

namespace IopCurriculum.Web.Choices;

/// <summary>
/// The curricula a new cohort may run: for now each folder under <c>{ContentRoot}/curricula/</c> that holds
/// a <c>curriculum.yaml</c>. The one place that knows where curricula come from, so that a stored
/// curriculum library can replace the folder scan here alone.
/// </summary>
public sealed class CurriculumChoices(WebSettings settings)
{
    private string Root => Path.GetFullPath(Path.Combine(settings.ContentRoot, "curricula"));

    public IReadOnlyList<string> List() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateDirectories(Root)
                .Where(d => File.Exists(Path.Combine(d, "curriculum.yaml")))
                .Select(Path.GetFileName).OfType<string>()
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The folder of a listed curriculum; null for anything not listed, so a form cannot name an arbitrary path.</summary>
    public string? PathOf(string? id) =>
        id is not null && List().Contains(id, StringComparer.Ordinal) ? Path.Combine(Root, id) : null;
}
