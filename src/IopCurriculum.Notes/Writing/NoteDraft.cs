namespace IopCurriculum.Notes.Writing;

/// <summary>What a writer gives for one client's note: the text by section key, the minutes attended, and the goals by place (<c>1.2</c>).</summary>
public sealed record NoteDraft(string ClientId, IReadOnlyDictionary<string, string?> Sections, int? Minutes, IReadOnlyList<string> Goals);
