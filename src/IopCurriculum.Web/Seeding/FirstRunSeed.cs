using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Library;
using IopCurriculum.Web.Hosting;
using NodaTime;

namespace IopCurriculum.Web.Seeding;

/// <summary>
/// Gives a new installation something to look at: on every start, the repository's curricula are stored in
/// the curriculum library (a version already stored is left alone); on an empty database, a demo program
/// and a cohort on the stored Matrix version that starts today with six made-up clients. Everything it
/// creates says DEMO, and the demo is never made again once a program exists.
/// </summary>
internal sealed partial class FirstRunSeed(IopEngine engine, WebSettings settings, ILogger<FirstRunSeed> log) : IHostedService
{
    public const string ProgramId = "demo";
    public const string CohortId = "demo-cohort";

    /// <summary>Obviously invented: phonetic-alphabet first names and the family name "Demo".</summary>
    public static readonly IReadOnlyList<string> ClientNames = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];

    /// <summary>The repository's curricula, stored on every start so that an existing database gets them too.</summary>
    public static readonly IReadOnlyList<string> Curricula = ["matrix-16-week", "mh-iop-8-week"];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var root = settings.ContentRoot;
        var matrix = ImportCurricula(root);
        if (engine.Programs.List().Count > 0 || matrix is null) return Task.CompletedTask;
        var program = engine.Programs.Create(ProgramId, "DEMO program (sample data, not a real clinic)", null,
            Path.Combine(root, "curricula", "matrix-16-week", "calendars", "example-los-angeles.yaml"));
        var zone = DateTimeZoneProviders.Tzdb[program.TimeZone];
        var today = Instant.FromDateTimeOffset(engine.Clock.GetUtcNow()).InZone(zone).Date;
        engine.Cohorts.Create(new CohortRequest
        {
            Id = CohortId,
            ProgramId = ProgramId,
            CurriculumPath = engine.Curricula.Materialize(matrix.CurriculumId, matrix.Version),
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

    /// <returns>The stored Matrix version, or null when the repository's copy could not be stored.</returns>
    private CurriculumVersion? ImportCurricula(string root)
    {
        CurriculumVersion? matrix = null;
        foreach (var name in Curricula)
        {
            var folder = Path.Combine(root, "curricula", name);
            if (!Directory.Exists(folder))
            {
                NotFound(log, folder);
                continue;
            }
            try
            {
                var import = engine.Curricula.Import(folder, "first-run");
                if (import.Stored) Imported(log, import.Version.CurriculumId, import.Version.Version);
                if (name == Curricula[0]) matrix = import.Version;
            }
            catch (EngineException e)
            {
                // An edited repository curriculum whose version was not raised must not stop the host.
                NotImported(log, folder, e.Message);
            }
        }
        return matrix;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored curriculum {Curriculum} {Version} in the curriculum library")]
    private static partial void Imported(ILogger logger, string curriculum, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Curriculum folder {Folder} not found; not stored")]
    private static partial void NotFound(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Curriculum folder {Folder} was not stored: {Reason}")]
    private static partial void NotImported(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "First run: seeded the demo program '{Program}' and cohort '{Cohort}'")]
    private static partial void Seeded(ILogger logger, string program, string cohort);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
