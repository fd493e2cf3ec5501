using System.Collections.Concurrent;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Guides;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Guides.Tests.Support;

/// <summary>
/// A Los Angeles program running the Matrix curriculum with eleven clients in different places: most
/// waiting for their first session (every group), one moved on to relapse prevention (no Early
/// Recovery), one on hold (no group), one discharged (nothing), and one who joins in week 2. The clock
/// stands on the Friday before the cohort starts, when next week's packet is printed. The same cohort
/// runs in programs that name clients by initials (westside) and by client number (northside), and in
/// a New York program that cancels sessions on closed days (uptown).
/// </summary>
public sealed class CohortFixture : IDisposable
{
    public const string ProgramId = "eastside";
    public const string CohortId = "eastside-2027-01-04";
    public static readonly LocalDate Start = new(2027, 1, 4);
    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"iop-guides-tests-{Guid.NewGuid():N}.db");
    private readonly ConcurrentDictionary<(string Program, int Week), Lazy<string>> _html = new();

    public CohortFixture()
    {
        Clock = new FakeTimeProvider(new LocalDateTime(2027, 1, 1, 9, 0).InZoneStrictly(LosAngeles).ToDateTimeOffset());
        var database = IopDatabase.Sqlite(_path);
        database.Migrate();
        Engine = new IopEngine(database, Clock);
        Engine.Programs.Create(ProgramId, "Eastside IOP", null, Repo.LosAngelesCalendar);
        Engine.Programs.Create("westside", "Westside IOP", null, Repo.LosAngelesCalendar, "initials");
        Engine.Programs.Create("northside", "Northside IOP", null, Repo.LosAngelesCalendar, "client-id");
        Engine.Programs.Create("uptown", "Uptown IOP", null, Repo.NewYorkCalendar);
        foreach (var program in new[] { ProgramId, "westside", "northside", "uptown" })
        {
            var cohort = Cohort(program);
            Engine.Cohorts.Create(new CohortRequest
            {
                ProgramId = program,
                CurriculumPath = Repo.Matrix,
                WorkflowPaths = [Repo.MatrixClient, Repo.ContingencyManagement],
                Start = Start,
                Actor = "test",
            });
            foreach (var client in Clients)
                Engine.Enrolments.Enrol(new EnrolRequest
                {
                    CohortId = cohort,
                    ClientId = $"{program[0]}{client.Id}",
                    GivenName = client.Given,
                    FamilyName = client.Family,
                    Week = client.FromWeek,
                    Actor = "test",
                });
            Decide(cohort, $"{program[0]}C-1008", "on-hold", "relapse-prevention");
            Decide(cohort, $"{program[0]}C-1009", "on-hold");
            Engine.Clinical.Discharge(new ClinicalRequest { CohortId = cohort, ClientId = $"{program[0]}C-1010", Reason = "moved away", Actor = "test" });
        }
    }

    /// <summary>Eleven clients; family names chosen so that none occurs in any curriculum text.</summary>
    public static IReadOnlyList<Client> Clients { get; } =
    [
        new("C-1001", "Ana", "Lopez", 1, Stage.Waiting),
        new("C-1002", "Ben", "Okafor", 1, Stage.Waiting),
        new("C-1003", "Carla", "Nguyen-Whitfield", 1, Stage.Waiting),
        new("C-1004", "Dev", "Sharma", 1, Stage.Waiting),
        new("C-1005", "Eve", "Kowalczyk", 1, Stage.Waiting),
        new("C-1006", "Farid", "Haddad", 1, Stage.Waiting),
        new("C-1007", "Grace", "O'Brien", 1, Stage.Waiting),
        new("C-1008", "Hugo", "Marchetti", 1, Stage.RelapsePrevention),
        new("C-1009", "Ines", "Castellanos", 1, Stage.OnHold),
        new("C-1010", "Jon", "Abernathy", 1, Stage.Discharged),
        new("C-1011", "Kira", "Vasquez", 2, Stage.Waiting),
    ];

    public FakeTimeProvider Clock { get; }

    public IopEngine Engine { get; }

    public static string Cohort(string program) => $"{program}-2027-01-04";

    public WeekPacket Packet(int week, string program = ProgramId) => new WeekPacketSource(Engine).Read(Cohort(program), week);

    /// <summary>The packet's HTML, rendered once per program and week for all tests.</summary>
    public string Html(int week, string program = ProgramId) =>
        _html.GetOrAdd((program, week), key => new Lazy<string>(() => Render(Packet(key.Week, key.Program)))).Value;

    public static string Render(WeekPacket packet, PaperSize paper = PaperSize.Letter)
    {
        var renderer = new GuideRenderer();
        try
        {
            return renderer.PacketAsync(packet, paper).GetAwaiter().GetResult();
        }
        finally
        {
            renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The roster names the default style gives the clients expected at a track in a week, in roster order.</summary>
    public static string[] Expected(string track, int week) =>
        [.. Clients.Where(c => c.FromWeek <= week && c.Attends(track)).Select(c => c.RosterName).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private void Decide(string cohort, string client, params string[] stages)
    {
        foreach (var stage in stages)
            Engine.Clinical.Override(new ClinicalRequest { CohortId = cohort, ClientId = client, Reason = "test", Target = stage, Actor = "test" }, stage);
    }
}

/// <summary>Where a fixture client stands, as far as rosters are concerned.</summary>
public enum Stage { Waiting, RelapsePrevention, OnHold, Discharged }

/// <summary>A fixture client and the groups their stage attends in the Matrix workflow.</summary>
public sealed record Client(string Id, string Given, string Family, int FromWeek, Stage Stage)
{
    public string RosterName => $"{Given} {Family[0]}.";

    public bool Attends(string track) => Stage switch
    {
        Stage.Waiting => track is "ER" or "RP" or "FE" or "UA",
        Stage.RelapsePrevention => track is "RP" or "FE" or "UA",
        _ => false,
    };

    /// <summary>Whether the client's own individual sessions still print: only while they are in treatment.</summary>
    public bool InTreatment => Stage != Stage.Discharged;
}
