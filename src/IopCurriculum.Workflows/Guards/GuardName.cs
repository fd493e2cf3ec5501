namespace IopCurriculum.Workflows.Guards;

/// <summary>
/// A name a guard may read. A number name has <see cref="ReadNumber"/>, a symbol name <see cref="ReadSymbol"/>;
/// <see cref="OnlyOn"/> is the one trigger that carries it, or null when every trigger does.
/// </summary>
internal sealed record GuardName(
    string Name,
    WorkflowTrigger? OnlyOn,
    Func<WorkflowFacts, int>? ReadNumber,
    Func<WorkflowFacts, string?>? ReadSymbol)
{
    /// <summary>For a symbol whose words depend on its argument (the bands of <c>severity(PHQ9)</c>): null when a word may stand for it, otherwise why not.</summary>
    public Func<string, string?>? CheckWord { get; init; }

    public bool IsNumber => ReadNumber is not null;

    /// <summary>How messages name it: "the number 'week'" or "'result'".</summary>
    public string Describe() => IsNumber ? $"the number '{Name}'" : $"'{Name}'";
}
