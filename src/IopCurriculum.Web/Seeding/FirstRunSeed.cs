using IopCurriculum.Engine;
using IopCurriculum.Web.Hosting;
using NodaTime;

namespace IopCurriculum.Web.Seeding;

/// <summary>
/// Gives a new installation something to look at: on an empty database, a demo program and a cohort that
/// starts today with six made-up clients. Everything it creates says DEMO, and it never runs again once a
/// program exists.
/// </summary>
internal sealed partial class FirstRunSeed(IopEngine engine, WebSettings settings, ILogger<FirstRunSeed> log) : IHostedService
{
    public const string ProgramId = "demo";
    public const string CohortId = "demo-cohort";

    /// <summary>Obviously invented: phonetic-alphabet first names and the family name "Demo".</summary>
    public static readonly IReadOnlyList<string> ClientNames = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (engine.Programs.List().Count > 0) return Task.CompletedTask;
        var root = settings.ContentRoot;
        var program = engine.Programs.Create(ProgramId, "DEMO program (sample data, not a real clinic)", null,
            Path.Combine(root, "curricula", "matrix-16-week", "calendars", "example-los-angeles.yaml"));
        var zone = DateTimeZoneProviders.Tzdb[program.TimeZone];
        var today = Instant.FromDateTimeOffset(engine.Clock.GetUtcNow()).InZone(zone).Date;
        engine.Cohorts.Create(new CohortRequest
        {
            Id = CohortId,
            ProgramId = ProgramId,
            CurriculumPath = Path.Combine(root, "curricula", "matrix-16-week"),
            WorkflowPaths = [Path.Combine(root, "workflows", "matrix-client.yaml"), Path.Combine(root, "workflows", "contingency-management.yaml")],
            Start = today,
            Actor = "first-run",
        });
        for (var i = 0; i < ClientNames.Count; i++)
        {
            engine.Enrolments.Enrol(new EnrolRequest
            {
                CohortId = CohortId,
                ClientId = $"demo-{i + 1:00}",
                GivenName = ClientNames[i],
                FamilyName = "Demo",
                Week = 1,
                Actor = "first-run",
                Reason = "demo data",
            });
        }
        Seeded(log, ProgramId, CohortId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First run: seeded the demo program '{Program}' and cohort '{Cohort}'")]
    private static partial void Seeded(ILogger logger, string program, string cohort);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
