using System.Collections.Frozen;
using IopCurriculum.Workflows.Loading;

namespace IopCurriculum.Workflows;

/// <summary>
/// A validated workflow: its stages, the transitions between them, and the text it was read from.
/// Made only by <see cref="WorkflowLoader"/>, so every instance has passed every check.
/// </summary>
public sealed class WorkflowDefinition
{
    private readonly FrozenDictionary<string, StageDefinition> _stagesByName;

    internal WorkflowDefinition(
        string name,
        int version,
        string title,
        string initialStage,
        IReadOnlyList<StageDefinition> stages,
        IReadOnlyList<TransitionDefinition> transitions,
        string source)
    {
        Name = name;
        Version = version;
        Title = title;
        InitialStage = initialStage;
        Stages = stages;
        Transitions = transitions;
        Source = source;
        ContentHash = WorkflowContentHash.Of(source);
        _stagesByName = stages.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
        TrackCodes = transitions.Where(t => t.When is not null).SelectMany(t => t.When!.TrackCodes)
            .Concat(stages.SelectMany(s => s.Attends)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The <c>workflow:</c> key, a kebab-case id such as <c>matrix-client</c>.</summary>
    public string Name { get; }

    /// <summary>The <c>version:</c> key; raised by the author whenever the definition changes.</summary>
    public int Version { get; }

    /// <summary>
    /// Lower-case hex SHA-256 of <see cref="Source"/> with line endings normalised to <c>\n</c>: the same
    /// text checked out on Windows or Linux hashes the same, and any other change shows.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>The exact YAML text this was parsed from, kept so that a pinned instance can be rebuilt after the file changes.</summary>
    public string Source { get; }

    public string Title { get; }

    /// <summary>The stage every new client starts in.</summary>
    public string InitialStage { get; }

    /// <summary>In the order written.</summary>
    public IReadOnlyList<StageDefinition> Stages { get; }

    /// <summary>In the order written, which is the order they are tried in.</summary>
    public IReadOnlyList<TransitionDefinition> Transitions { get; }

    /// <summary>Every track code the guards name, such as <c>ER</c> in <c>attended(ER)</c>; callers check them against a curriculum.</summary>
    public IReadOnlySet<string> TrackCodes { get; }

    /// <summary>The plan facts a guard may read; a workflow whose guards read none need not have them looked up.</summary>
    public static IReadOnlySet<string> PlanFactNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "plan_signed", "plan_review_overdue", "goals_active", "goals_achieved" };

    /// <summary>Whether any guard reads a fact of the client's treatment plan.</summary>
    public bool ReadsPlan => Transitions.Any(t => t.When?.Names.Overlaps(PlanFactNames) == true);

    /// <summary>The guard functions that read a client's measures.</summary>
    public static IReadOnlySet<string> MeasureFactNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "score", "item", "change", "severity" };

    /// <summary>Whether any guard reads a client's measures; a workflow whose guards read none need not have them looked up.</summary>
    public bool ReadsMeasures => Transitions.Any(t => t.When?.Names.Overlaps(MeasureFactNames) == true);

    /// <summary>Whether any transition answers <see cref="WorkflowTrigger.MeasureRecorded"/>; only such workflows are fired when a measure is recorded.</summary>
    public bool AnswersMeasures => Transitions.Any(t => t.Trigger == WorkflowTrigger.MeasureRecorded);

    public string Label => $"{Name} v{Version}";

    public StageDefinition? FindStage(string name) => _stagesByName.GetValueOrDefault(name);

    /// <summary>A stage as people name it: its title, or, for a name this version does not have, the name in words.</summary>
    public string StageWords(string name) => FindStage(name)?.Words ?? StageDefinition.InWords(name);

    public override string ToString() => Label;
}
