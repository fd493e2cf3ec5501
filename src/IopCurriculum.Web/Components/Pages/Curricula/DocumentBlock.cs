using IopCurriculum.Reporting.Documents;

namespace IopCurriculum.Web.Components.Pages.Curricula;

/// <summary>One piece of a written report.</summary>
public abstract record DocumentBlock
{
    public sealed record Heading(int Level, string Text) : DocumentBlock;

    public sealed record Paragraph(string Text) : DocumentBlock;

    public sealed record Field(string Label, string Value) : DocumentBlock;

    public sealed record Bullets(IReadOnlyList<string> Items) : DocumentBlock;

    public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
}
