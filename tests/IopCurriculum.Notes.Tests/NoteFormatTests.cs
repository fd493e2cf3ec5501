using IopCurriculum.Notes.Formats;

namespace IopCurriculum.Notes.Tests;

public sealed class NoteFormatTests
{
    [Fact]
    public void TheShippedFormatsAreDapBirpAndSoapWithDapTheDefault()
    {
        Assert.Equal(["DAP", "BIRP", "SOAP"], NoteFormats.All.Select(f => f.Code));
        Assert.Equal("DAP", NoteFormats.Default.Code);
        Assert.Equal(["Subjective", "Objective", "Assessment", "Plan"], NoteFormats.Find("soap")!.Sections.Select(s => s.Title));
        Assert.All(NoteFormats.All.SelectMany(f => f.Sections), s => Assert.False(string.IsNullOrWhiteSpace(s.Prompt)));
        Assert.False(string.IsNullOrWhiteSpace(NoteFormats.Source));
        Assert.Null(NoteFormats.Find("XYZ"));
        Assert.Contains("DAP (Data, Assessment, Plan)", NoteFormats.UnknownMessage("XYZ"), StringComparison.Ordinal);
    }

    [Fact]
    public void AFormatsFileWithProblemsNamesEachWithItsLine()
    {
        const string text = """
            source: test
            formats:
              - code: DAP
                name: One
                sections:
                  - { key: data, title: Data, prompt: p }
                  - { key: data, title: Again, prompt: p }
              - code: dap
                name: Two
                sections: []
            """;
        var problem = Assert.Throws<InvalidOperationException>(() => NoteFormats.Parse(text, "formats.yaml"));
        Assert.Contains("formats.yaml:7:", problem.Message, StringComparison.Ordinal);
        Assert.Contains("section 'data' is listed twice", problem.Message, StringComparison.Ordinal);
        Assert.Contains("format 'dap' is listed twice", problem.Message, StringComparison.Ordinal);
    }
}
