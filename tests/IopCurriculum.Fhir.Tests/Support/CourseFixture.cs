using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>
/// A 16-week cohort on the Los Angeles calendar, run once through the engine on a fake clock and
/// exported twice: in week 8 (mid) and after the last week (end). Each client goes to what their stage
/// attends, except as their story says:
/// <list type="bullet">
/// <item><c>DONE</c> joins in week 1 and completes the course.</item>
/// <item><c>ABS</c> joins in week 1, misses Relapse Prevention and the test in week 2, is excused from
/// Family Education in week 3, tests positive in week 4, and still completes.</item>
/// <item><c>DIS</c> joins in week 1 and is discharged on the Wednesday of week 3.</item>
/// <item><c>LATE</c> joins in week 6.</item>
/// <item><c>HOLD</c> joins in week 1 and is put on hold on the Tuesday of week 5.</item>
/// </list>
/// The program opts in to exporting test results.
/// </summary>
public sealed class CourseFixture : IDisposable
{
    public const string CohortId = "eastside-2027-01-04";
    public static readonly LocalDate Start = new(2027, 1, 4);
    public static readonly CohortCalendar Weeks = new(Start, FhirHarness.LosAngeles, 16);

    /// <summary>When the mid-course export is taken: the Tuesday of week 8 at noon.</summary>
    public static readonly LocalDateTime MidExport = Weeks.FirstDayOf(8).PlusDays(1).At(new LocalTime(12, 0));
    public static readonly LocalDateTime Discharge = Weeks.FirstDayOf(3).PlusDays(2).At(new LocalTime(12, 0));
    public static readonly LocalDateTime Hold = Weeks.FirstDayOf(5).PlusDays(1).At(new LocalTime(12, 0));

    private static readonly (string Client, int Week)[] Admissions = [("DONE", 1), ("ABS", 1), ("DIS", 1), ("HOLD", 1), ("LATE", 6)];

    private readonly FhirHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, ClientEnrolment> _enrolled = new(StringComparer.Ordinal);

    public CourseFixture()
    {
        _h.CreateProgram();
        _h.Engine.Programs.SetExport(FhirHarness.ProgramId, null, testResults: true);
        _h.CreateCohort(Start);
        Run();
    }

    internal FhirHarness Harness => _h;

    public string Mid(string format) => _folder.Sub($"mid-{format}");

    public string End(string format) => _folder.Sub($"end-{format}");

    /// <summary>Exports the cohort into a folder of the fixture's, as of the clock's time now.</summary>
    public ExportSummary Export(string folder, ExportFormat format, bool perClient = false, DateTimeOffset? since = null) =>
        new CarePlanExporter(_h.Engine).Export(new CarePlanExportRequest
        {
            CohortId = CohortId, Format = format, PerClient = perClient, OutputFolder = folder, Since = since, Actor = "fixture",
            Recipient = Consenting.Everyone(_h.Engine),
        });

    public string Folder(string name) => _folder.Sub(name);

    private void Run()
    {
        for (var week = 1; week <= 16; week++)
        {
            _h.SetLocal(Weeks.FirstDayOf(week).At(new LocalTime(8, 0)));
            foreach (var (client, _) in Admissions.Where(a => a.Week == week))
                _enrolled[client] = _h.Enrol(CohortId, client, week);

            foreach (var session in _h.Sessions(CohortId, week).Where(s => s.Status != "cancelled"))
            {
                Events(Instant.FromDateTimeUtc(session.StartUtc));
                _h.AfterSession(session);
                foreach (var (client, enrolment) in _enrolled)
                {
                    if (StatusAt(client, enrolment, session, week) is not { } status) continue;
                    _h.Attend(CohortId, client, session, status);
                    if (session.TrackCode == "UA")
                        _h.Result(CohortId, client, Instant.FromDateTimeUtc(session.StartUtc).InZone(FhirHarness.LosAngeles).Date,
                            status == "absent" ? "missed" : client == "ABS" && week == 4 ? "positive" : "negative",
                            client == "ABS" && week == 4 ? "methamphetamine" : null);
                }
            }
            Events(Weeks.EndOf(week));
            _h.SetInstant(Weeks.EndOf(week).Plus(Duration.FromMinutes(1)));
            _h.Engine.Weeks.AdvanceDue();
        }
        Export(End("ndjson"), ExportFormat.Ndjson);
        Export(End("bundle"), ExportFormat.Bundle);
        Export(End("clients"), ExportFormat.Bundle, perClient: true);
    }

    private bool _discharged, _held, _exported;

    /// <summary>The story's dated events, each done once the clock reaches it.</summary>
    private void Events(Instant next)
    {
        if (!_discharged && next > At(Discharge))
        {
            _h.SetLocal(Discharge);
            _h.Discharge(CohortId, "DIS");
            _discharged = true;
        }
        if (!_held && next > At(Hold))
        {
            _h.SetLocal(Hold);
            _h.Hold(CohortId, "HOLD");
            _held = true;
        }
        if (!_exported && next > At(MidExport))
        {
            _h.SetLocal(MidExport);
            Export(Mid("ndjson"), ExportFormat.Ndjson);
            Export(Mid("bundle"), ExportFormat.Bundle);
            _exported = true;
        }
    }

    private static Instant At(LocalDateTime local) => local.InZoneStrictly(FhirHarness.LosAngeles).ToInstant();

    /// <summary>What the client does at a session: null where their stage does not take them there.</summary>
    private string? StatusAt(string client, ClientEnrolment enrolment, PlannedSessionRecord session, int week)
    {
        if (session.EnrolmentId is { } owner && owner != enrolment.Id) return null;
        var (stage, attends) = _h.Stage(CohortId, client);
        if (stage is "discharged" or "on-hold" or "completed") return null;
        if (session.EnrolmentId is null && !attends.Contains(session.TrackCode)) return null;
        return (client, week, session.TrackCode) switch
        {
            ("ABS", 2, "RP" or "UA") => "absent",
            ("ABS", 3, "FE") => "excused",
            _ => "attended",
        };
    }

    public void Dispose()
    {
        _h.Dispose();
        _folder.Dispose();
    }
}
