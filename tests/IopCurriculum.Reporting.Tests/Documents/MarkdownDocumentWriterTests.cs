using IopCurriculum.Reporting.Documents;

namespace IopCurriculum.Reporting.Tests.Documents;

public class MarkdownDocumentWriterTests
{
    [Fact]
    public void TablesEscapePipesAndEmphasisInCells()
    {
        var output = new StringWriter();
        new MarkdownDocumentWriter(output).Table(["Code", "Title"], [["FE 4", "Avoiding/Coping | *Relapse*"]]);

        Assert.Equal(
            "| Code | Title |\n|---|---|\n| FE 4 | Avoiding/Coping \\| \\*Relapse\\* |\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void HeadingLevelsBecomeHashes()
    {
        var output = new StringWriter();
        var doc = new MarkdownDocumentWriter(output);

        doc.Heading(1, "RP 3: Avoiding Relapse Drift");
        doc.Heading(2, "Goals");
        doc.Bullets(["Name the early signs"]);

        Assert.Equal("# RP 3: Avoiding Relapse Drift\n\n## Goals\n\n- Name the early signs\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
