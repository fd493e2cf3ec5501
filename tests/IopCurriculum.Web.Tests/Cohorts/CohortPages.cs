using AngleSharp.Html.Dom;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Web.Tests.Support;
using NodaTime;

namespace IopCurriculum.Web.Tests.Cohorts;

/// <summary>What the cohort page tests share: the demo cohort's sessions as its calendar lists them, and moving the clock.</summary>
internal static class CohortPages
{
    public const string Demo = "demo-cohort";

    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    /// <summary>The id of the session with <paramref name="code"/> on <paramref name="date"/> in the week's calendar on the cohort page.</summary>
    public static async Task<long> SessionId(HttpClient client, string cohort, int week, string code, string date)
    {
        var page = await Forms.Page(client, $"/cohorts/{cohort}?week={week}");
        var item = page.QuerySelector($"section.calendar-day[data-date='{date}'] li.calendar-session[data-code='{code}']")
            ?? throw new InvalidOperationException($"no {code} on {date} in week {week} of {cohort}");
        return long.Parse(item.GetAttribute("data-session-id")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sets the fake clock to a local time in Los Angeles, the demo program's zone.</summary>
    public static void SetLocal(IopWebFactory web, int month, int day, int hour, int minute = 0) =>
        web.Clock.SetUtcNow(new LocalDateTime(2027, month, day, hour, minute).InZoneStrictly(LosAngeles).ToDateTimeOffset());

    /// <summary>Posts the register with the given statuses (client id → status word, note).</summary>
    public static async Task<HttpResponseMessage> Register(HttpClient client, string cohort, long session, IReadOnlyDictionary<string, (string Status, string Note)> marks)
    {
        var url = $"/cohorts/{cohort}/sessions/{session}/attendance";
        var page = await Forms.Page(client, url);
        var fields = new Dictionary<string, string>();
        foreach (var row in page.QuerySelectorAll("tr.register-line"))
        {
            var clientId = row.GetAttribute("data-client")!;
            if (!marks.TryGetValue(clientId, out var mark)) continue;
            var status = (IHtmlSelectElement)row.QuerySelector("select.attendance-status")!;
            var note = (IHtmlInputElement)row.QuerySelector("input.attendance-note")!;
            fields[status.Name!] = mark.Status;
            fields[note.Name!] = mark.Note;
        }
        if (fields.Count != 2 * marks.Count) throw new InvalidOperationException($"the register of session {session} lacks some of {string.Join(", ", marks.Keys)}");
        return await Forms.Submit(client, page, url, "attendance", fields);
    }

    public static IReadOnlyDictionary<string, (string, string)> Marks(params (string Client, string Status)[] marks) =>
        marks.ToDictionary(m => m.Client, m => (m.Status, ""));

    /// <summary>Where a redirect points, as a path and query on this site.</summary>
    public static string Target(HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;

    public static string Text(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"nothing matches {selector}");

    /// <summary>A second cohort of the demo program, which a facilitator of the demo cohort is not assigned to.</summary>
    /// <param name="start">The day it starts; the demo cohort's own start when left out.</param>
    public static string Other(IopEngine engine, string id = "other-cohort", LocalDate? start = null) => engine.Cohorts.Create(new CohortRequest
    {
        Id = id,
        ProgramId = "demo",
        CurriculumPath = Path.Combine(Repo.Root, "curricula", "matrix-16-week"),
        WorkflowPaths = [Path.Combine(Repo.Root, "workflows", "matrix-client.yaml")],
        Start = start ?? new LocalDate(2027, 1, 4),
        Actor = "test",
    }).Id;
}
