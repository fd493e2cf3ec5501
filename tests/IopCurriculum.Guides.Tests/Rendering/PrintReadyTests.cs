using System.Text.RegularExpressions;
using AngleSharp.Dom;
using IopCurriculum.Guides.Tests.Support;

namespace IopCurriculum.Guides.Tests.Rendering;

/// <summary>What every printed guide promises: paper, running header and page numbers, accessible structure, nothing external.</summary>
[Collection(nameof(SharedCohort))]
public partial class PrintReadyTests(CohortFixture cohort)
{
    private static readonly string[] Scopes = ["col", "row", "colgroup"];

    public static TheoryData<string> Documents() => ["preview", "packet"];

    private string Document(string which) => which == "preview"
        ? Render.Preview(Curricula.Matrix, Curricula.Matrix.Session("ER 1"))
        : cohort.Html(1);

    [Theory]
    [MemberData(nameof(Documents))]
    public void HeadingsNeverSkipALevel(string which)
    {
        var levels = Html.Parse(Document(which)).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToArray();

        Assert.Equal(1, levels[0]);
        Assert.Equal(1, levels.Count(l => l == 1));
        for (var i = 1; i < levels.Length; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading {i} jumps from h{levels[i - 1]} to h{levels[i]}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryTableHasHeaderCellsWithScopeAndACaption(string which)
    {
        var document = Html.Parse(Document(which));

        Assert.NotEmpty(document.QuerySelectorAll("table"));
        Assert.All(document.QuerySelectorAll("table"), table =>
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.NotEmpty(table.QuerySelectorAll("thead th"));
            Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), Scopes));
        });
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EverythingIsInline(string which)
    {
        var html = Document(which);
        var document = Html.Parse(html);

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.Empty(document.QuerySelectorAll("link, script, img, iframe, object, embed, [src]"));
        Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
        var css = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(PaperSize.Letter, "size: Letter;")]
    [InlineData(PaperSize.A4, "size: A4;")]
    public void ThePaperSizeIsSetForPrint(PaperSize paper, string rule)
    {
        var css = Style(Html.Parse(CohortFixture.Render(cohort.Packet(1), paper)));

        Assert.Contains(rule, css, StringComparison.Ordinal);
        Assert.Matches(@"@page \{[^@]*margin: \d+mm", css);
    }

    [Fact]
    public void EveryPageCarriesTheCohortAndWeekAndItsNumber()
    {
        var css = Style(Html.Parse(cohort.Html(1)));

        Assert.Contains("@top-left { content: \"Eastside IOP \u00b7 eastside-2027-01-04 \u00b7 Week 1 of 16", css, StringComparison.Ordinal);
        Assert.Contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages)", css, StringComparison.Ordinal);
    }

    [Fact]
    public void EachGuidePrintsOnItsOwnNamedPageWithItsOwnHeader()
    {
        var document = Html.Parse(cohort.Html(1));
        var css = Style(document);

        var sections = document.QuerySelectorAll("main > section.sheet").ToArray();
        Assert.Equal("cover", sections[0].Id);
        Assert.Equal("log", sections[^2].Id);
        Assert.Equal("measures", sections[^1].Id);
        foreach (var section in sections.Skip(1))
        {
            var page = PageName().Match(section.GetAttribute("style") ?? "").Groups[1].Value;
            Assert.Contains($"@page {page} {{ @top-right", css, StringComparison.Ordinal);
        }
        Assert.Matches(@"\.sheet \{ break-before: page;", css);
    }

    [Fact]
    public void TextInTheHeaderCannotEndTheStylesheet()
    {
        var packet = cohort.Packet(1) with { ProgramName = "Eve's \"IOP\" </style><script>alert(1)</script>" };

        var document = Html.Parse(CohortFixture.Render(packet));

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.Contains("Eve's \"IOP\" </style><script>", document.QuerySelector(".screen-head")!.TextContent, StringComparison.Ordinal);
    }

    private static string Style(IDocument document) => string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));

    [GeneratedRegex(@"page:\s*([a-z0-9-]+)")]
    private static partial Regex PageName();
}
