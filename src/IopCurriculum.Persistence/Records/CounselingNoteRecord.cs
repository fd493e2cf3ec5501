namespace IopCurriculum.Persistence.Records;

/// <summary>
/// A SUD counseling note: a counselor's own notes of a counseling session, kept apart from the record
/// (42 CFR Part 2, as amended in 2024). Only its author and the roles the program allows may read it;
/// no export, chart summary or billing fact reads this table. Locked when written.
/// </summary>
public sealed class CounselingNoteRecord
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    /// <summary>The session it was written about, if any.</summary>
    public long? PlannedSessionId { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateTime CreatedUtc { get; set; }
}
