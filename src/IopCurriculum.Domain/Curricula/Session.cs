namespace IopCurriculum.Domain.Curricula;

/// <summary>
/// One session of a track: what it is for, its timed run-sheet and what the leader needs.
/// Its format always adds up to its length.
/// </summary>
public sealed class Session
{
    public Session(SessionContent content, SessionCode code, int minutes, IReadOnlyList<FormatBlock> format)
    {
        ArgumentNullException.ThrowIfNull(content);
        Preconditions.Positive(minutes, nameof(minutes));
        var blocks = Preconditions.List(format, nameof(format));
        if (CurriculumRules.FormatMinutes(blocks.Select(b => b.Minutes).ToArray(), minutes) is { } problem)
            throw new CurriculumRuleException($"{code}: {problem}");
        Content = content;
        Code = code;
        Minutes = minutes;
        Format = blocks;
    }

    public SessionCode Code { get; }
    public int Number => Code.Number;
    public int Minutes { get; }
    public IReadOnlyList<FormatBlock> Format { get; }
    public SessionContent Content { get; }

    public string Title => Content.Title;
    public Provenance Provenance => Content.Provenance;

    public override string ToString() => $"{Code} {Title}";
}
