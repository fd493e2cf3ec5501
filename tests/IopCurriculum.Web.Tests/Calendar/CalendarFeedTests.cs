using System.Net;
using Ical.Net.CalendarComponents;
using IopCurriculum.Access;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Web.Tests.Calendar;

public sealed class CalendarFeedTests : IDisposable
{
    private const string Cohort = FirstRunSeed.CohortId;
    private const string Zone = "America/Los_Angeles";
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<string> Feed(string secret)
    {
        var response = await _web.Browser().GetAsync(Url($"/calendar/{secret}.ics"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<CalendarEvent> WeekOne(Ical.Net.Calendar calendar) =>
        [.. calendar.Events.Where(e => e.DtStart!.Value >= new DateTime(2027, 1, 4) && e.DtStart.Value < new DateTime(2027, 1, 11))];

    [Fact]
    public async Task ACohortFeedHoldsTheCohortsSessionsInTheProgramsZone()
    {
        var feed = _web.Engine.Feeds.Create(FeedKinds.Cohort, Cohort, "test");
        var text = await Feed(feed.Secret);
        var calendar = Ical.Net.Calendar.Load(text)!;

        using var db = _web.Engine.Database.Open();
        var planned = db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == Cohort).ToList();
        Assert.Equal(planned.Count, calendar.Events.Count);
        var weekOne = WeekOne(calendar);
        Assert.Equal(planned.Count(s => s.Week == 1), weekOne.Count);
        Assert.Contains(calendar.TimeZones, z => z.TzId == Zone);
        Assert.Contains($"TZID={Zone}", text, StringComparison.Ordinal);
        Assert.All(calendar.Events, e => Assert.Equal(Zone, e.DtStart!.TzId));
        Assert.All(calendar.Events, e => Assert.Equal(_web.Clock.GetUtcNow().UtcDateTime, e.DtStamp!.AsUtc));

        // Every event is a planned session at its local time, lasting its minutes.
        foreach (var session in planned.Where(s => s.Week == 1))
        {
            var item = Assert.Single(calendar.Events, e => e.Uid == $"{Cohort}-{session.Id}@iop-curriculum");
            var start = DateTime.Parse(session.LocalStart, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(start, item.DtStart!.Value);
            Assert.Equal(start.AddMinutes(session.Minutes), item.DtEnd!.Value);
            Assert.Equal(session.StartUtc, item.DtStart.AsUtc);
            if (session.Room is not null) Assert.Equal(session.Room, item.Location);
        }

        // The first Early Recovery group: Monday 4 January at 18:00 Los Angeles time, 02:00 UTC the next day.
        var er1 = Assert.Single(weekOne, e => e.Summary!.StartsWith("ER 1 ", StringComparison.Ordinal));
        Assert.Equal("Early Recovery Skills", Assert.Single(er1.Categories));
        Assert.Equal(new DateTime(2027, 1, 4, 18, 0, 0), er1.DtStart!.Value);
        Assert.Equal(new DateTime(2027, 1, 5, 2, 0, 0, DateTimeKind.Utc), er1.DtStart.AsUtc);
    }

    [Fact]
    public async Task NoClientNameOrIdAppearsInAFeed()
    {
        var feed = _web.Engine.Feeds.Create(FeedKinds.Cohort, Cohort, "test");
        var text = await Feed(feed.Secret);
        var calendar = Ical.Net.Calendar.Load(text)!;
        using (var db = _web.Engine.Database.Open())
        {
            var individual = calendar.Events.Where(e => e.Summary!.StartsWith("Individual session: ", StringComparison.Ordinal)).ToList();
            Assert.Equal(db.PlannedSessions.Count(s => s.CohortId == Cohort && s.EnrolmentId != null), individual.Count);
        }
        foreach (var client in _web.Engine.Reports.Status(Cohort).Clients)
            Assert.DoesNotContain(client.ClientId, text, StringComparison.OrdinalIgnoreCase);
        foreach (var name in FirstRunSeed.ClientNames)
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFacilitatorFeedHoldsTheSessionsOfEveryCohortTheyRun()
    {
        _web.User("fran", Roles.Facilitator, Cohort);
        var feed = _web.Engine.Feeds.Create(FeedKinds.Facilitator, "fran", "fran");
        var calendar = Ical.Net.Calendar.Load(await Feed(feed.Secret))!;
        using var db = _web.Engine.Database.Open();
        Assert.Equal(db.PlannedSessions.Count(s => s.CohortId == Cohort), calendar.Events.Count);

        _web.Engine.Users.UnassignCohort("fran", Cohort, "test");
        Assert.Empty(Ical.Net.Calendar.Load(await Feed(feed.Secret))!.Events);
    }

    [Fact]
    public async Task TheSameSessionKeepsItsUidFromFetchToFetch()
    {
        var feed = _web.Engine.Feeds.Create(FeedKinds.Cohort, Cohort, "test");
        var first = Ical.Net.Calendar.Load(await Feed(feed.Secret))!.Events.Select(e => e.Uid).ToList();
        var second = Ical.Net.Calendar.Load(await Feed(feed.Secret))!.Events.Select(e => e.Uid).ToList();
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public async Task AnUnknownOrRevokedSecretIs404()
    {
        var feed = _web.Engine.Feeds.Create(FeedKinds.Cohort, Cohort, "test");
        Assert.Equal(HttpStatusCode.NotFound, (await _web.Browser().GetAsync(Url("/calendar/not-a-secret.ics"))).StatusCode);
        await Feed(feed.Secret);
        _web.Engine.Feeds.Revoke(feed.Listing.Id, "root");
        Assert.Equal(HttpStatusCode.NotFound, (await _web.Browser().GetAsync(Url($"/calendar/{feed.Secret}.ics"))).StatusCode);
    }

    [Fact]
    public async Task FetchingAFeedIsAuditedWithoutItsSecret()
    {
        var feed = _web.Engine.Feeds.Create(FeedKinds.Cohort, Cohort, "test");
        await Feed(feed.Secret);
        var rows = _web.Engine.Audit.Read(new AuditQuery(Action: "feed-read"));
        Assert.Contains(rows, a => a.Resource == $"feed {feed.Listing.Id} cohort {Cohort}");
        Assert.DoesNotContain(_web.Engine.Audit.Read(new AuditQuery()), a => a.Resource.Contains(feed.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALeadCreatesACohortFeedOnTheGuidesPageAndSeesItsAddressOnce()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var response = await Forms.Submit(client, $"/cohorts/{Cohort}/guides", "create-cohort-feed", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var address = page.QuerySelector("pre.feed-url")!.TextContent.Trim();
        Assert.StartsWith("http://localhost/calendar/", address, StringComparison.Ordinal);
        var secret = address["http://localhost/calendar/".Length..^".ics".Length];
        var created = _web.Engine.Feeds.Resolve(secret)!;
        Assert.Equal((FeedKinds.Cohort, Cohort, "lee"), (created.Kind, created.Subject, created.CreatedBy));
        Assert.Null((await Forms.Page(client, $"/cohorts/{Cohort}/guides")).QuerySelector("pre.feed-url"));
        Assert.NotEmpty(Ical.Net.Calendar.Load(await Feed(secret))!.Events);
    }

    [Fact]
    public async Task AFacilitatorCreatesTheirOwnFeedOnTheAccountPage()
    {
        _web.User("fran", Roles.Facilitator, Cohort);
        var client = await _web.SignedIn("fran");
        var response = await Forms.Submit(client, "/account/calendar", "create-my-feed", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var address = page.QuerySelector("pre.feed-url")!.TextContent.Trim();
        var created = _web.Engine.Feeds.Resolve(address["http://localhost/calendar/".Length..^".ics".Length])!;
        Assert.Equal((FeedKinds.Facilitator, "fran"), (created.Kind, created.Subject));
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "fran", Action: "feed-create")), a => a.Resource == "facilitator fran");
    }

    [Fact]
    public async Task AFacilitatorCannotCreateAFeedForAnotherCohort()
    {
        _web.User("other", Roles.Facilitator);
        var client = await _web.SignedIn("other");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url($"/cohorts/{Cohort}/guides"))).StatusCode);
        Assert.Empty(_web.Engine.Feeds.List());
    }

    [Fact]
    public async Task CreatingAFeedWithoutTheAntiforgeryTokenIsRefused()
    {
        _web.User("fran", Roles.Facilitator, Cohort);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "create-my-feed" });
        var response = await (await _web.SignedIn("fran")).PostAsync(Url("/account/calendar"), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_web.Engine.Feeds.List());
    }
}
