using IopCurriculum.Definitions.Tests.Support;
using Xunit;
using static IopCurriculum.Definitions.Tests.Curricula.SampleFiles;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>Files that are missing, empty, not a mapping or not valid YAML are reported with a place, never thrown.</summary>
public class CurriculumLoaderFileTests
{
    [Fact]
    public void MissingCurriculumFolderFile()
    {
        using var folder = new CurriculumFolder();
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (1, 1), "curriculum file", "does not exist");
    }

    [Fact]
    public void EmptyCurriculumFile()
    {
        using var folder = WithBase(curriculum: "");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (1, 1), "curriculum file", "is empty or is not a regular file");
    }

    [Fact]
    public void EmptyTrackFileIsReportedInThatFile()
    {
        using var folder = WithBase(individual: "# nothing yet\n");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), (1, 1), "track file is empty");
    }

    [Fact]
    public void FileThatIsAListInsteadOfAMapping()
    {
        const string list = "- id: test-iop\n";
        using var folder = WithBase(curriculum: list);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (1, 1), "a curriculum file must be a mapping");
    }

    [Fact]
    public void SecondYamlDocumentIsReported()
    {
        var main = Main + "---\nid: other\n";
        using var folder = WithBase(curriculum: main);
        var result = folder.Load();
        DiagnosticAssert.Single(result, folder.PathOf(CurriculumFile), TextPosition.Of(main, "id: other"),
            "holds one YAML document", "remove the second '---'");
    }

    [Fact]
    public void DuplicateKeyIsReportedAtTheSecondKey()
    {
        var skills = TextPosition.Replace(Skills, "    title: Looking Ahead\n", "    title: Looking Ahead\n    title: Looking Back\n");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "title: Looking Back"),
            "not valid YAML", "Duplicate key title");
    }

    [Fact]
    public void UnclosedQuoteIsReportedWithALocationAndNoException()
    {
        var skills = TextPosition.Replace(Skills, "start: \"19:00\"", "start: \"19:00");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(folder.PathOf(SkillsFile), diagnostic.Location.File);
        Assert.Equal(TextPosition.Of(skills, "\"19:00"), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("not valid YAML: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadIndentationIsReportedWithALocationAndNoException()
    {
        var skills = TextPosition.Replace(Skills, "  days: [Mon, Fri]", "   days: [Mon, Fri]");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(folder.PathOf(SkillsFile), diagnostic.Location.File);
        Assert.Equal(TextPosition.Of(skills, "days:"), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("not valid YAML: ", diagnostic.Message, StringComparison.Ordinal);
    }
}
