namespace IopCurriculum.Persistence.Records;

/// <summary>Words added to a signed progress note, with why and by whom; never changed once written.</summary>
public sealed class NoteAddendumRecord
{
    public long Id { get; set; }
    public long ProgressNoteId { get; set; }
    /// <summary>1 for the note's first addendum, then one more each.</summary>
    public int Number { get; set; }
    public required string Text { get; set; }
    public required string Reason { get; set; }
    public required string Author { get; set; }
    public DateTime CreatedUtc { get; set; }
}
