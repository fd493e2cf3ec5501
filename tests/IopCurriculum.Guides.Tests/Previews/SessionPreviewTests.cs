using AngleSharp.Dom;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Guides.Tests.Support;

namespace IopCurriculum.Guides.Tests.Previews;

/// <summary>A session's guide from the curriculum alone, as a clinical lead previews it.</summary>
public class SessionPreviewTests
{
    [Fact]
    public void EveryBlockOfTheRunSheetHasItsClockTimes()
    {
        var document = Html.Parse(Render.Preview(Curricula.Matrix, Curricula.Matrix.Session("RP 3")));

        var rows = document.QuerySelectorAll("table.runsheet tbody tr").Select(r => r.Cells()).ToArray();

        Assert.Equal(
            [
                ["19:00\u201319:15", "15", "Check-in"],
                ["19:15\u201320:00", "45", "Topic presentation and discussion"],
                ["20:00\u201320:25", "25", "Open discussion of members' current issues"],
                ["20:25\u201320:30", "5", "Closing"],
            ],
            rows.Select(r => r[..3]).ToArray());
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[3])));
    }

    [Fact]
    public void TheCalendarsTimetableSetsTheClockAndTheRoom()
    {
        var document = Html.Parse(Render.Preview(Curricula.Matrix, Curricula.Matrix.Session("UA 1"), Curricula.LosAngeles));

        var times = document.QuerySelectorAll("table.runsheet tbody th").Select(Html.Text);

        Assert.Equal(["17:40\u201317:50", "17:50\u201317:55"], times);
        Assert.Contains("Lab", Facts(document)["Room"], StringComparison.Ordinal);
    }

    public static TheoryData<string> AllSessions()
    {
        var data = new TheoryData<string>();
        foreach (var curriculum in new[] { Curricula.Matrix, Curricula.MentalHealth })
            foreach (var session in curriculum.Sessions)
                data.Add($"{curriculum.Id}|{session.Code}");
        return data;
    }

    [Theory]
    [MemberData(nameof(AllSessions))]
    public void EveryRunSheetAddsUpToTheSessionAndEndsWhenItDoes(string which)
    {
        var (curriculum, session) = Find(which);
        var document = Html.Parse(Render.Preview(curriculum, session));

        var rows = document.QuerySelectorAll("table.runsheet tbody tr").Select(r => r.Cells()).ToArray();
        var minutes = rows.Sum(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(session.Minutes, minutes);
        Assert.Equal(session.Format.Count, rows.Length);
        var start = curriculum.FindTrack(session.Code.Track)!.Schedule.SuggestedStart;
        Assert.Equal(GuideText.Time(start), rows[0][0][..5]);
        Assert.Equal(GuideText.Time(start.PlusMinutes(session.Minutes)), rows[^1][0][^5..]);
        for (var i = 1; i < rows.Length; i++)
            Assert.Equal(rows[i - 1][0][^5..], rows[i][0][..5]);
        Assert.Equal(session.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            document.QuerySelector("table.runsheet tfoot td.num")!.Text());
    }

    [Fact]
    public void HandoutsAreListedWithTheirCodesAndTitles()
    {
        var document = Html.Parse(Render.Preview(Curricula.Matrix, Curricula.Matrix.Session("IC 1")));

        var handouts = document.QuerySelectorAll("table.handouts tbody tr").Select(r => r.Cells()).ToArray();

        Assert.Equal(
            Curricula.Matrix.Session("IC 1").Content.Handouts.Select(code => new[] { code.Value, Curricula.Matrix.FindHandout(code)!.Title }),
            handouts);
    }

    [Fact]
    public void TheGuideCarriesGoalsNotesConsiderationsClosingAndTheConfidentialityReminder()
    {
        var session = Curricula.Matrix.Session("RP 1");
        var document = Html.Parse(Render.Preview(Curricula.Matrix, session));

        Assert.Equal("RP 1: Alcohol: The Legal Drug", document.QuerySelector("h1")!.Text());
        Assert.Equal(session.Content.Goals, Items(document, "Goals"));
        Assert.Equal(session.Content.LeaderNotes, Items(document, "Leader notes"));
        Assert.Equal(session.Content.SpecialConsiderations, Items(document, "Special considerations"));
        Assert.Equal(session.Content.Closing, document.QuerySelector("blockquote.script")!.Text());
        Assert.Contains("what is said in group stays in group", document.QuerySelector(".confidentiality")!.Text(), StringComparison.Ordinal);
        Assert.Equal("counselor, co-leader", Facts(document)["Leaders"]);
    }

    [Fact]
    public void APreviewHoldsNoClientDataAtAll()
    {
        var html = Render.Preview(Curricula.Matrix, Curricula.Matrix.Session("RP 3"));
        var document = Html.Parse(html);

        Assert.Null(document.QuerySelector("table.roster"));
        Assert.Null(document.QuerySelector("table.log"));
        Assert.DoesNotContain("Expected", Facts(document).Keys);
        Assert.DoesNotContain("42 CFR", html, StringComparison.Ordinal);
        Assert.Contains("no client data", html, StringComparison.Ordinal);
    }

    [Fact]
    public void APreviewRefusesASessionWithARoster()
    {
        var session = SessionPreviews.Of(Curricula.Matrix, Curricula.Matrix.Session("RP 3")) with { Roster = ["Ana L."] };
        var renderer = new GuideRenderer();

        Assert.Throws<ArgumentException>(() => renderer.PreviewAsync(Curricula.Matrix, session).GetAwaiter().GetResult());
    }

    [Fact]
    public void AnUnverifiedTitleIsMarked()
    {
        var unverified = Curricula.Matrix.Sessions.First(s => s.Provenance == Provenance.Unverified);
        var document = Html.Parse(Render.Preview(Curricula.Matrix, unverified));

        Assert.Equal("title unverified", document.QuerySelector("h1 .mark")!.Text());
    }

    private static (Curriculum Curriculum, Session Session) Find(string which)
    {
        var parts = which.Split('|');
        var curriculum = parts[0] == Curricula.Matrix.Id.Value ? Curricula.Matrix : Curricula.MentalHealth;
        return (curriculum, curriculum.Session(parts[1]));
    }

    private static Dictionary<string, string> Facts(IDocument document) =>
        document.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling!.Text());

    private static string[] Items(IDocument document, string heading) =>
        [.. document.QuerySelectorAll(".part").First(h => h.Text() == heading).NextElementSibling!.Children.Select(Html.Text)];
}
