using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Web.Choices;

/// <summary>
/// The curricula a new cohort may run: every version stored in the curriculum library, written as
/// <c>id@version</c>, newest first. A bare id means its newest stored version. The cohort runs from the
/// version's files written out by the library, so later uploads never change it.
/// </summary>
public sealed class CurriculumChoices(IopEngine engine)
{
    public IReadOnlyList<string> List() => [.. engine.Curricula.List().Select(v => $"{v.CurriculumId}@{v.Version}")];

    /// <summary>The folder of a stored version; null for anything not stored, so a form cannot name an arbitrary path.</summary>
    public string? PathOf(string? choice)
    {
        if (string.IsNullOrWhiteSpace(choice)) return null;
        var at = choice.IndexOf('@', StringComparison.Ordinal);
        var id = at < 0 ? choice : choice[..at];
        var version = at < 0 ? null : choice[(at + 1)..];
        // The library lists each curriculum's newest version first.
        var stored = engine.Curricula.List().FirstOrDefault(v => v.CurriculumId == id && (version is null || v.Version == version));
        return stored is null ? null : engine.Curricula.Materialize(stored.CurriculumId, stored.Version);
    }
}
