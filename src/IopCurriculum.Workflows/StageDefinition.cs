namespace IopCurriculum.Workflows;

/// <summary>
/// One stage a client can be in. A final stage ends the course: nothing but <c>readmit</c> leaves it.
/// <paramref name="OnEntry"/> runs every time the stage is entered, including a re-entry.
/// </summary>
public sealed record StageDefinition(string Name, string? Description, bool Final, IReadOnlyList<WorkflowAction> OnEntry)
{
    /// <summary>
    /// The group tracks (by code) a client in this stage is expected at, such as ER and RP in early
    /// recovery: rosters list the client there. Empty for a stage that names none.
    /// </summary>
    public IReadOnlyList<string> Attends { get; init; } = [];

    /// <summary>The stage as people name it, such as "Early recovery"; null where the definition gives none.</summary>
    public string? Title { get; init; }

    /// <summary>The title, or the name in words where there is none.</summary>
    public string Words => Title ?? InWords(Name);

    /// <summary>A stage name in words: <c>early-recovery</c> becomes "early recovery".</summary>
    public static string InWords(string name) => name.Replace('-', ' ');
}
