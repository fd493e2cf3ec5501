using System.Net;
using System.Net.Http.Headers;
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
