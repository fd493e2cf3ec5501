using IopCurriculum.Workflows.Guards;

namespace IopCurriculum.Workflows;

/// <summary>
/// A transition's <c>when:</c> condition, parsed and checked against its trigger and its workflow's stages.
/// Immutable; <see cref="Evaluate"/> may be called from any thread.
/// </summary>
public sealed class GuardExpression
{
    private readonly Condition _root;

    internal GuardExpression(string text, Condition root, IReadOnlySet<string> names, IReadOnlySet<string> trackCodes)
    {
        Text = text;
        _root = root;
        Names = names;
        TrackCodes = trackCodes;
    }

    /// <summary>The condition as written.</summary>
    public string Text { get; }

    /// <summary>The names and functions it reads, such as <c>stage_weeks</c> and <c>attended</c>.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>The track codes it names, in <c>attended(ER)</c> or <c>track == IC</c>.</summary>
    public IReadOnlySet<string> TrackCodes { get; }

    public bool Evaluate(WorkflowFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return _root.Holds(facts);
    }

    public override string ToString() => Text;
}
