using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using IopCurriculum.Engine;
using IopCurriculum.Access;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Notes.Writing;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>
/// The web host with an integrator and their bearer token, and what the FHIR tests share: strict reading
/// of responses (as a receiving server would), and a week of attendance so Encounters exist.
/// </summary>
internal sealed class FhirApi : IDisposable
{
    public const string Integrator = "ida";

    /// <summary>Firely's strict deserializer: an unknown element or a bad code fails the read.</summary>
    public static readonly FhirJsonDeserializer Strict = new(new DeserializerSettings());

    public const string Recipient = "county-ehr";

    public FhirApi()
    {
        Web.User(Integrator, Roles.Integrator);
        ConsentEveryone();
        Web.Engine.Users.SetRecipient(Integrator, Recipient, "test");
        Token = Web.Engine.Tokens.Issue(Integrator, "tests", null, "test").Token;
        Client = WithToken(Token);
    }

    /// <summary>Records, for every enrolled client without one, a TPO consent to <see cref="Recipient"/> in effect from today.</summary>
    public void ConsentEveryone() => Consenting.Everyone(Web.Engine, Recipient, "County EHR");

    public IopWebFactory Web { get; } = new();

    public string Token { get; }

    public HttpClient Client { get; }

    public HttpClient WithToken(string token)
    {
        var client = Web.Browser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Uri Url(string path) => new(path, UriKind.RelativeOrAbsolute);

    public Task<HttpResponseMessage> Get(string path, HttpClient? client = null) => (client ?? Client).GetAsync(Url(path));

    /// <summary>GETs a resource expecting 200 and FHIR JSON, read strictly.</summary>
    public async Task<T> Resource<T>(string path, HttpClient? client = null) where T : Resource
    {
        var response = await Get(path, client);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return Strict.Deserialize<T>(body);
    }

    /// <summary>GETs expecting an error: the status and an OperationOutcome whose diagnostics are returned.</summary>
    public static async Task<string> Outcome(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var outcome = Strict.Deserialize<OperationOutcome>(body);
        AssertValid(outcome);
        return Assert.Single(outcome.Issue).Diagnostics ?? "";
    }

    public static void AssertValid(Base resource)
    {
        var problems = resource.Validate();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
    }

    /// <summary>Starts a Bulk Data export as a client would (Prefer: respond-async) and returns its status address.</summary>
    public async Task<string> KickOff(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(path));
        request.Headers.Add("Prefer", "respond-async");
        request.Headers.Accept.ParseAdd("application/fhir+json");
        var response = await Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Content.Headers.ContentLocation ?? new Uri(response.Headers.GetValues("Content-Location").Single());
        Assert.StartsWith("http://localhost/fhir/bulk-status/", location.ToString(), StringComparison.Ordinal);
        return location.ToString();
    }

    /// <summary>How long an export may report the same progress before the test gives up on it: a stall, not a slow machine.</summary>
    private static readonly TimeSpan Stalled = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Polls the status address as a client would until the manifest is ready. It waits as long as the
    /// export keeps moving (its X-Progress changes), however busy the machine is.
    /// </summary>
    public async Task<JsonElement> Poll(string status, HttpClient? client = null)
    {
        string? progress = null;
        var since = Stopwatch.StartNew();
        while (true)
        {
            var response = await Get(status, client);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.True(response.Headers.TryGetValues("X-Progress", out var values));
                var now = string.Join(",", values);
                if (now != progress)
                {
                    progress = now;
                    since.Restart();
                }
                else if (since.Elapsed > Stalled) throw new TimeoutException($"{status} stayed at '{progress}' for {Stalled.TotalMinutes} minutes");
                await Task.Delay(100);
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }
    }

    /// <summary>Every page of a search, following next links, with each page's total.</summary>
    public async Task<List<Bundle>> Pages(string path)
    {
        var pages = new List<Bundle>();
        var next = path;
        while (next is not null && pages.Count < 100)
        {
            var page = await Resource<Bundle>(next);
            pages.Add(page);
            next = page.Link.FirstOrDefault(l => l.Relation == "next")?.Url;
        }
        return pages;
    }

    /// <summary>Moves the clock past the demo cohort's first week and records who came: all but the last client, to every session.</summary>
    public void AttendWeekOne()
    {
        Web.Clock.Advance(TimeSpan.FromDays(6));
        List<PlannedSessionRecord> sessions;
        using (var db = Web.Engine.Database.Open())
            sessions = [.. db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == FirstRunSeed.CohortId && s.Week == 1 && s.EnrolmentId == null).OrderBy(s => s.StartUtc)];
        var now = Web.Clock.GetUtcNow().UtcDateTime;
        foreach (var session in sessions.Where(s => s.StartUtc < now))
            for (var i = 1; i < FirstRunSeed.ClientNames.Count; i++)
                Web.Engine.Attendance.Record(new AttendanceRequest
                {
                    CohortId = FirstRunSeed.CohortId, ClientId = ClientId(i), SessionId = session.Id, Status = "attended", Actor = "test",
                });
    }

    public const string SignedNoteText = "Named payday as a trigger and planned to hand her card to her sister.";
    public const string DraftNoteText = "DRAFT-MARKER: a note about the role-play, not yet finished.";

    /// <summary>
    /// Records week one (<see cref="AttendWeekOne"/>), then a facilitator writes the first Relapse Prevention
    /// group's notes: the first client's signed, the second's left a draft.
    /// </summary>
    public PlannedSessionRecord WriteNotes()
    {
        AttendWeekOne();
        Web.User("fay", Roles.Facilitator, FirstRunSeed.CohortId);
        PlannedSessionRecord session;
        using (var db = Web.Engine.Database.Open())
            session = db.PlannedSessions.AsNoTracking()
                .Where(s => s.CohortId == FirstRunSeed.CohortId && s.Week == 1 && s.EnrolmentId == null && s.TrackCode == "RP")
                .OrderBy(s => s.StartUtc).First();
        static Dictionary<string, string?> Sections(string data) => new()
        {
            ["data"] = data, ["assessment"] = $"Assessed after: {data}", ["plan"] = $"Next: {data}",
        };
        Web.Engine.Notes.Save(new NotesSaveRequest
        {
            CohortId = FirstRunSeed.CohortId, SessionId = session.Id, Actor = "fay",
            Narrative = "Covered the thought-craving-use chain; members mapped one recent craving each.",
            Drafts = [new NoteDraft(ClientId(1), Sections(SignedNoteText), session.Minutes, []), new NoteDraft(ClientId(2), Sections(DraftNoteText), session.Minutes, [])],
        });
        Web.Engine.Notes.Sign(new NotesSignRequest { CohortId = FirstRunSeed.CohortId, SessionId = session.Id, ClientIds = [ClientId(1)], Actor = "fay" });
        return session;
    }

    /// <summary>The demo's client id for the n-th client (1-based), as the first-run seed makes it.</summary>
    public static string ClientId(int n) => $"demo-{n:00}";


    public void Dispose()
    {
        Client.Dispose();
        Web.Dispose();
    }
}
