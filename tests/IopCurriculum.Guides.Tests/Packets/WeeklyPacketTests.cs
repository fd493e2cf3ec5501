using AngleSharp.Dom;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Guides.Tests.Support;

namespace IopCurriculum.Guides.Tests.Packets;

/// <summary>A cohort's weekly packet read back from its HTML: calendar, guides, rosters and the testing log.</summary>
[Collection(nameof(SharedCohort))]
public class WeeklyPacketTests(CohortFixture cohort)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EachGroupRosterHasOneRowPerExpectedClient(int week)
    {
        var document = Html.Parse(cohort.Html(week));

        var groups = Guides(document).Where(g => g.Track != "IC").ToList();

        Assert.NotEmpty(groups);
        foreach (var guide in groups)
            Assert.Equal(CohortFixture.Expected(guide.Track, week), guide.Roster);
    }

    [Fact]
    public void TheMeasuresPageListsWhatEachClientOwesAndNoScore()
    {
        var document = Html.Parse(cohort.Html(2));
        var page = document.QuerySelector("section#measures")!;
        var rows = page.QuerySelectorAll("table.measures tbody tr").ToList();

        Assert.Equal(cohort.Packet(2).MeasuresDue.Count, rows.Count);
        var ana = rows.Single(r => r.QuerySelector("td.name")!.TextContent == "Ana L.");
        Assert.Contains("Patient Health Questionnaire-9 (PHQ-9) (overdue)", ana.TextContent, StringComparison.Ordinal);
        Assert.Contains("Brief Addiction Monitor (BAM)", ana.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("score", page.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(document.QuerySelector("ol.contents a[href='#measures']"));
    }

    [Fact]
    public void AnIndividualSessionsRosterIsItsOneClient()
    {
        var document = Html.Parse(cohort.Html(1));

        var individual = Guides(document).Where(g => g.Track == "IC").ToList();

        var inTreatment = CohortFixture.Clients.Where(c => c.FromWeek == 1 && c.InTreatment).Select(c => c.RosterName).Order(StringComparer.Ordinal);
        Assert.Equal(inTreatment, individual.Select(g => Assert.Single(g.Roster)).Order(StringComparer.Ordinal));
        Assert.All(individual, g => Assert.Empty(g.Section.QuerySelectorAll("table.roster tr.blank")));
    }

    [Fact]
    public void AClientWhoLeftOrIsOnHoldIsOnNoRosterAndALateJoinerOnlyFromTheirWeek()
    {
        var week1 = cohort.Html(1);
        var week2 = cohort.Html(2);

        Assert.DoesNotContain("Jon A.", week1, StringComparison.Ordinal);
        Assert.DoesNotContain("Kira V.", week1, StringComparison.Ordinal);
        Assert.Contains("Kira V.", week2, StringComparison.Ordinal);
        // On hold: their own booked counselling session still prints, but no group expects them.
        Assert.All(Guides(Html.Parse(week2)).Where(g => g.Track != "IC"), g => Assert.DoesNotContain("Ines C.", g.Roster));
    }

    [Fact]
    public void NoFamilyNameOrClientNumberAppearsAnywhere()
    {
        foreach (var week in new[] { 1, 2, 3 })
        {
            var html = cohort.Html(week);
            var text = Html.Parse(html).DocumentElement.TextContent;
            foreach (var client in CohortFixture.Clients)
            {
                Assert.DoesNotContain(client.Family, html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(client.Family, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(client.Id, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void RosterNamesAreFirstNameAndLastInitialOnly()
    {
        var names = Html.Parse(cohort.Html(1)).QuerySelectorAll("table.roster tr.client td.name, table.log tr.client td.name").Select(Html.Text).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Matches(@"^[A-Z][a-z]+ [A-Z]\.$", name));
    }

    [Theory]
    [InlineData("westside", @"^[A-Z]\. [A-Z]\.$", "A. L.")]
    [InlineData("northside", @"^nC-\d{4}$", "nC-1001")]
    public void AProgramCanNameClientsByInitialsOrClientNumber(string program, string pattern, string first)
    {
        var html = cohort.Html(1, program);
        var document = Html.Parse(html);

        var names = document.QuerySelectorAll("table.roster tr.client td.name").Select(Html.Text).ToList();

        Assert.All(names, name => Assert.Matches(pattern, name));
        Assert.Contains(first, names);
        Assert.All(CohortFixture.Clients, c =>
        {
            Assert.DoesNotContain(c.Family, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain($">{c.Given}", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TheCoverCalendarListsEverySessionOfTheWeekAndLinksToEachGuide()
    {
        var packet = cohort.Packet(1);
        var document = Html.Parse(cohort.Html(1));

        var rows = document.QuerySelectorAll("table.calendar tbody tr").Select(r => r.Cells()).ToArray();
        Assert.Equal(packet.Sessions.Count, rows.Length);
        Assert.Equal(packet.Sessions.Select(s => $"{s.Label}: {s.Title}"), rows.Select(r => r[2]));
        Assert.Equal("Mon 4 Jan", rows[0][0]);

        var links = document.QuerySelectorAll("ol.contents a").Select(a => a.GetAttribute("href")![1..]).ToArray();
        var sections = document.QuerySelectorAll("main > section.sheet").Select(s => s.Id).Skip(1).ToArray();
        Assert.Equal(sections, links);
    }

    [Fact]
    public void EachGuideHasItsDateClockTimesRoomAndHandoutCopies()
    {
        var document = Html.Parse(cohort.Html(1));

        var rp = Guides(document).First(g => g.Title.StartsWith("RP 1:", StringComparison.Ordinal));

        Assert.Equal("Mon 4 Jan 2027, 19:00\u201320:30 (90 min)", Fact(rp.Section, "When"));
        Assert.Equal("Group room A", Fact(rp.Section, "Room"));
        Assert.Equal(["19:00\u201319:15", "19:15\u201320:00", "20:00\u201320:25", "20:25\u201320:30"],
            rp.Section.QuerySelectorAll("table.runsheet tbody th").Select(Html.Text));
        var copies = rp.Section.QuerySelector("table.handouts tbody td.num")!.Text();
        Assert.Equal((rp.Roster.Length + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), copies);
    }

    [Fact]
    public void ASessionMovedByAClosureSaysWhyOnTheCalendarAndInItsGuide()
    {
        var packet = cohort.Packet(3);
        var moved = packet.Sessions.Where(s => s.Status == PlannedStatus.Shifted).ToList();
        var document = Html.Parse(cohort.Html(3));

        Assert.NotEmpty(moved);
        Assert.All(moved, s => Assert.Contains("Martin Luther King Jr. Day", s.Note, StringComparison.Ordinal));
        var notes = document.QuerySelectorAll("table.calendar tbody tr").Select(r => r.Cells()[^1]).Where(n => n.StartsWith("Moved", StringComparison.Ordinal)).ToList();
        Assert.Equal(moved.Count, notes.Count);
        var guide = Guides(document).First(g => g.Title.StartsWith(moved[0].Label + ":", StringComparison.Ordinal));
        Assert.Contains("Martin Luther King Jr. Day", Fact(guide.Section, "Note"), StringComparison.Ordinal);
    }

    [Fact]
    public void ASessionCancelledByAClosureIsOnTheCalendarButHasNoGuide()
    {
        var packet = cohort.Packet(3, "uptown");
        var document = Html.Parse(cohort.Html(3, "uptown"));

        var cancelled = packet.Sessions.Where(s => s.Cancelled).ToList();
        Assert.NotEmpty(cancelled);
        var rows = document.QuerySelectorAll("table.calendar tbody tr").Select(r => r.Cells()).ToArray();
        Assert.Equal(packet.Sessions.Count, rows.Length);
        Assert.All(rows.Where(r => r[^1].StartsWith("Cancelled.", StringComparison.Ordinal)), r => Assert.Equal("", r[4]));
        Assert.Equal(cancelled.Count, rows.Count(r => r[^1].StartsWith("Cancelled.", StringComparison.Ordinal)));
        Assert.Equal(packet.Held.Count(), document.QuerySelectorAll("section.guide").Length);
        Assert.Contains($"({cancelled.Count} cancelled)", document.QuerySelector("dl.facts")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTestingLogListsEveryClientDueATestAndTheWeeksSlots()
    {
        var document = Html.Parse(cohort.Html(2));

        var log = document.QuerySelector("section#log")!;
        var names = log.QuerySelectorAll("table.log tr.client td.name").Select(Html.Text);

        Assert.Equal(CohortFixture.Expected("UA", 2), names);
        Assert.Equal(["UA 1"], log.QuerySelectorAll("dl.facts dt").Select(Html.Text));
        Assert.Equal(4, log.QuerySelectorAll("table.log tr.client")[0].QuerySelectorAll(".box").Length);
    }

    [Fact]
    public void TheRosterFollowsTheStageAClientIsInNow()
    {
        var packet = cohort.Packet(1);

        var er = packet.Held.First(s => s.Track.Code.Value == "ER");
        var rp = packet.Held.First(s => s.Track.Code.Value == "RP");

        Assert.DoesNotContain("Hugo M.", er.Roster!);
        Assert.Contains("Hugo M.", rp.Roster!);
    }

    [Fact]
    public void APacketIsNamedForItsFirstDaySoAFolderSortsByDate()
    {
        Assert.Equal("2027-01-04_eastside-2027-01-04_week-01.pdf", GuideFiles.Packet(cohort.Packet(1), GuideFormat.Pdf));
        Assert.Equal("2027-01-18_eastside-2027-01-04_week-03.html", GuideFiles.Packet(cohort.Packet(3), GuideFormat.Html));
        Assert.Equal("matrix-16-week_RP-03.html", GuideFiles.Preview(Curricula.Matrix, Curricula.Matrix.Session("RP 3"), GuideFormat.Html));
    }

    private static string Fact(IElement section, string term) =>
        section.QuerySelectorAll("dl.facts dt").First(dt => dt.Text() == term).NextElementSibling!.Text();

    /// <summary>Each guide section: its title, its track code and the names on its roster.</summary>
    private static IEnumerable<(IElement Section, string Title, string Track, string[] Roster)> Guides(IDocument document) =>
        document.QuerySelectorAll("section.guide").Select(section =>
        {
            var title = section.QuerySelector("h2")!.Text();
            var roster = section.QuerySelectorAll("table.roster tr.client td.name").Select(Html.Text).ToArray();
            return (section, title, title[..title.IndexOf(' ', StringComparison.Ordinal)], roster);
        });
}
