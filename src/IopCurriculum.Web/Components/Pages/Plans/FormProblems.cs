using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Plans.Drafts;

namespace IopCurriculum.Web.Components.Pages.Plans;

/// <summary>What stopped a form from being saved, each problem at the field it is about (or at none, for the form as a whole).</summary>
public sealed class FormProblems
{
    private readonly List<(string? Path, string Message)> _all = [];

    public static FormProblems None { get; } = new();

    public bool Any => _all.Count > 0;

    public IReadOnlyList<(string? Path, string Message)> All => _all;

    /// <summary>The problems a reader found in the text a form was written as, each traced back to its field.</summary>
    public static FormProblems Of(DraftText text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var problems = new FormProblems();
        foreach (var d in diagnostics) problems.Add(text.FieldAt(d.Location.Line), d.Message);
        return problems;
    }

    public void Add(string? path, string message) => _all.Add((path, message));

    public IReadOnlyList<string> For(string path) => [.. _all.Where(p => p.Path == path).Select(p => p.Message)];

    /// <summary>The ids of the messages about <paramref name="path"/>, for an input's <c>aria-describedby</c>; null when there are none.</summary>
    public string? DescribedBy(string path) => For(path).Count > 0 ? FormFields.ErrorId(path) : null;

    /// <summary>"true" when the field at <paramref name="path"/> has a problem, for <c>aria-invalid</c>; null otherwise.</summary>
    public string? Invalid(string path) => For(path).Count > 0 ? "true" : null;
}
