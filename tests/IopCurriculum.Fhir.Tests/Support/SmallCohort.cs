using NodaTime;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>A cohort of three clients who all come to the first Monday of week 1: enough to export, quick to build.</summary>
internal sealed class SmallCohort : IDisposable
{
    public const string CohortId = CourseFixture.CohortId;

    public SmallCohort()
    {
        Harness.CreateProgram();
        Harness.CreateCohort(CourseFixture.Start);
        Harness.SetLocal(new LocalDateTime(2027, 1, 4, 8, 0));
        foreach (var client in Clients) Harness.Enrol(CohortId, client, 1);
        foreach (var session in Harness.Sessions(CohortId, 1).Where(s => s.LocalStart.StartsWith("2027-01-04", StringComparison.Ordinal)))
        {
            Harness.AfterSession(session);
            foreach (var client in Clients)
                if (session.EnrolmentId is null || session.EnrolmentId == Harness.Enrolment(CohortId, client).Id)
                    Harness.Attend(CohortId, client, session, "attended");
        }
    }

    public static readonly string[] Clients = ["C-1", "C-2", "C-3"];

    public FhirHarness Harness { get; } = new(new LocalDateTime(2027, 1, 1, 9, 0));

    public TempFolder Output { get; } = new();

    public ExportSummary Export(string folder, ExportFormat format = ExportFormat.Ndjson, DateTimeOffset? since = null, string? cohortId = CohortId) =>
        new CarePlanExporter(Harness.Engine).Export(new CarePlanExportRequest
        {
            CohortId = cohortId, All = cohortId is null, Format = format, OutputFolder = folder, Since = since, Actor = "test",
            Recipient = Consenting.Everyone(Harness.Engine),
        });

    public void Dispose()
    {
        Harness.Dispose();
        Output.Dispose();
    }
}
