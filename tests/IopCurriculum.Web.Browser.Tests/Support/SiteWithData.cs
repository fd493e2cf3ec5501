using System.Globalization;
using IopCurriculum.Access;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Workflows;
using Microsoft.Playwright;
using NodaTime;

namespace IopCurriculum.Web.Browser.Tests.Support;

/// <summary>
/// One live host for a class of tests that only read pages: the demo cohort with something on every page
/// (a signed plan, a PHQ-9, consents, a register taken with a signed note, a task, two versions of an uploaded
/// curriculum), a user in each role, and one Chromium. It is Monday 2027-01-04, 20:40 in Los Angeles.
/// </summary>
public sealed class SiteWithData : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string Cohort = "demo-cohort";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public LiveHost Host { get; } = new();

    /// <summary>The Early Recovery group of the first Monday, with its register taken and notes written.</summary>
    public long RecordedSession { get; private set; }

    /// <summary>The Relapse Prevention group of the first Monday, begun and with nothing recorded.</summary>
    public long OpenSession { get; private set; }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath)) return;
        await Host.StartAsync();
        var engine = Host.Engine;
        engine.Users.Create("lee", "Lee Lead", Password, Roles.ClinicalLead, "test");
        engine.Users.Create("sam", "Sam Staff", Password, Roles.Facilitator, "test");
        engine.Users.Create("fay", "Fay Facilitator", Password, Roles.Facilitator, "test");
        engine.Users.AssignCohort("fay", Cohort, "test");
        engine.Users.Create("ada", "Ada Admin", Password, Roles.Admin, "test");
        engine.Users.Create("ivy", "Ivy Integrator", Password, Roles.Integrator, "test");
        engine.Users.Create("sue", "Sue Supervisor", Password, Roles.Supervisor + "," + Roles.Facilitator, "test");
        engine.Users.AssignCohort("sue", Cohort, "test");
        Consenting.Everyone(engine);

        engine.TreatmentPlans.Write(new PlanWriteRequest { CohortId = Cohort, ClientId = "demo-03", Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee" });
        engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = Cohort, ClientId = "demo-03", Actor = "lee" });
        engine.Measures.Record(new MeasureRequest
        {
            CohortId = Cohort, ClientId = "demo-01", Instrument = "PHQ9", AnsweredOn = new LocalDate(2027, 1, 4), Actor = "test",
            Answers = Enumerable.Range(1, 9).ToDictionary(i => i.ToString(CultureInfo.InvariantCulture), i => i == 9 ? 0 : 2),
        });
        engine.Curricula.Upload("curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline("1.0.0")), "lee");
        engine.Curricula.Upload("curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline("1.1.0", sessionTwo: "Planning Each Day", reviewWeek: 2)), "lee");

        Host.Clock.SetUtcNow(new LocalDateTime(2027, 1, 4, 20, 40).InZoneStrictly(DateTimeZoneProviders.Tzdb["America/Los_Angeles"]).ToDateTimeOffset());
        var week = engine.Snapshots.Whole(Cohort);
        var er = week.Sessions.First(s => s.Week == 1 && s.TrackCode == "ER" && s.SessionNumber == 1);
        RecordedSession = er.Id;
        OpenSession = week.Sessions.First(s => s.Week == 1 && s.TrackCode == "RP" && s.SessionNumber == 1).Id;
        foreach (var client in new[] { "demo-01", "demo-03" })
            engine.Attendance.Record(new AttendanceRequest { CohortId = Cohort, ClientId = client, SessionId = er.Id, Status = "attended", Actor = "fay" });
        engine.Notes.Save(new NotesSaveRequest
        {
            CohortId = Cohort, SessionId = er.Id, Narrative = "Practised thought-stopping.", Actor = "fay",
            Drafts = [new("demo-03", new Dictionary<string, string?> { ["data"] = "Named two triggers.", ["assessment"] = "Progressing.", ["plan"] = "Continue." }, er.Minutes, ["1.1"])],
        });
        engine.Notes.Sign(new NotesSignRequest { CohortId = Cohort, SessionId = er.Id, ClientIds = ["demo-03"], Actor = "fay" });

        engine.Results.Record(new ResultRequest { CohortId = Cohort, ClientId = "demo-01", CollectedOn = new LocalDate(2027, 1, 4), Outcome = "positive", Actor = "test" });
        engine.Results.Record(new ResultRequest { CohortId = Cohort, ClientId = "demo-02", CollectedOn = new LocalDate(2027, 1, 4), Outcome = "positive", Actor = "test" });
        // The first positive test's notify-team action becomes a task; the second's fails for good, an incident.
        var told = engine.Actions.Claim(DispatchSettings.Default).Where(a => a.Action == WorkflowActionNames.NotifyTeam).ToList();
        engine.Tasks.CreateFor(told[0]);
        engine.Actions.Succeed(told[0], "told");
        engine.Actions.Fail(told[^1], "the receiving system refused the message", DispatchSettings.Default with { MaxAttempts = 1 });
        if (engine.Tasks.Inbox("fay").Count == 0 || engine.Actions.IncidentCount() == 0)
            throw new InvalidOperationException("the positive tests made no task and incident to show");

        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh page signed in as <paramref name="user"/>, or signed out when it is null.</summary>
    public async Task<IPage> PageAsAsync(string? user)
    {
        var page = await Chromium.NewPageAsync(Browser, Host.Address);
        if (user is not null) await Chromium.SignInAsync(page, Host.Address, user, Password);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
