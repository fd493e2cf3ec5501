using IopCurriculum.Reporting.Documents;

namespace IopCurriculum.Reporting.Tests.Documents;

public class TextDocumentWriterTests
{
    [Fact]
    public void LongBulletsWrapAtTheWidthWithAHangingIndent()
    {
        var output = new StringWriter();
        var doc = new TextDocumentWriter(output, width: 30);

        doc.Bullets(["one two three four five six seven eight nine ten"]);

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(["  - one two three four five", "    six seven eight nine ten"], lines);
        Assert.All(lines, line => Assert.True(line.Length <= 30, line));
    }

    [Fact]
    public void AWordLongerThanTheWidthStandsOnItsOwnLine()
    {
        var output = new StringWriter();
        new TextDocumentWriter(output, width: 10).Paragraph("a supercalifragilistic word");

        Assert.Equal("a\nsupercalifragilistic\nword\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TableColumnsAreAsWideAsTheirWidestCell()
    {
        var output = new StringWriter();
        new TextDocumentWriter(output).Table(["Code", "Title"], [["RP 3", "Avoiding Relapse Drift"], ["RP 10", "Sex"]]);

        Assert.Equal(
            "Code   Title\n-----  ----------------------\nRP 3   Avoiding Relapse Drift\nRP 10  Sex\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void HeadingsAreUnderlinedAndSeparatedFromWhatCameBefore()
    {
        var output = new StringWriter();
        var doc = new TextDocumentWriter(output);

        doc.Field("Track", "RP");
        doc.Heading(2, "Goals");

        Assert.Equal("Track: RP\n\nGoals\n-----\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
