namespace IopCurriculum.Notes.Writing;

/// <summary>
/// Payers refuse group notes copied from one client to the next: each client's note must say how
/// that client took part. A note is not individualized when its text, folded, is another client's in
/// the same session.
/// </summary>
public static class Individualization
{
    /// <summary>The first client among <paramref name="others"/> whose note says what <paramref name="note"/> says, or null.</summary>
    public static string? SameAs(NoteText note, IEnumerable<(string ClientId, NoteText Text)> others)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(others);
        var folded = note.Folded();
        return others.FirstOrDefault(o => !o.Text.IsEmpty && o.Text.Folded() == folded).ClientId;
    }

    public static string Refusal(string clientId, string twin) =>
        $"the note for client {clientId} is not individualized: it says what client {twin}'s note for the same session says; write how {clientId} took part";
}
