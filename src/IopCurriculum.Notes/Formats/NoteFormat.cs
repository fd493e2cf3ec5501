namespace IopCurriculum.Notes.Formats;

/// <summary>A progress-note format a program may choose (DAP, BIRP, SOAP): its sections, in the order a note has them.</summary>
public sealed record NoteFormat(string Code, string Name, IReadOnlyList<NoteSection> Sections)
{
    public NoteSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);
}
