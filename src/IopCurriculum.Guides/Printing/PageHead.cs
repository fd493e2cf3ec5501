namespace IopCurriculum.Guides.Printing;

/// <summary>A named CSS page (one per section of a document) and the text its top-right margin box prints.</summary>
public sealed record PageHead(string Page, string Text);
