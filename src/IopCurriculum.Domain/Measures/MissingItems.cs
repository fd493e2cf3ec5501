namespace IopCurriculum.Domain.Measures;

/// <summary>
/// What a score does when items are left unanswered: with at most <see cref="ProrateUpTo"/> missing,
/// the answered items' mean stands in for each missing one; with more, the score is not given.
/// Zero means every item of the score must be answered.
/// </summary>
public sealed record MissingItems(int ProrateUpTo)
{
    public static MissingItems NoneAllowed { get; } = new(0);
}
