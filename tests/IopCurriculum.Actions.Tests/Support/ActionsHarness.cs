using IopCurriculum.Access;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Actions.Tests.Support;

/// <summary>
/// A program with one Matrix cohort starting Monday 4 January 2027, its team (a facilitator assigned to
/// it, one who is not, a clinical lead), and the dispatcher with every handler on the same engine.
/// </summary>
public sealed class ActionsHarness : IDisposable
{
    public const string CohortId = "eastside-2027-01-04";
    public const string Facilitator = "fran";
    public const string OtherFacilitator = "omar";
    public const string Lead = "lena";
    public static readonly LocalDate Start = new(2027, 1, 4);
    public static readonly Uri PublicUrl = new("https://iop.clinic.example.org/");

    private readonly TempFolder _data = new("iop-actions-");

    public ActionsHarness()
    {
        H.CreateProgram();
        H.CreateCohort(Start);
        H.Engine.Users.Create(Facilitator, "Fran Facilitator", "a long enough password", Roles.Facilitator, "test");
        H.Engine.Users.Create(OtherFacilitator, "Omar Other", "a long enough password", Roles.Facilitator, "test");
        H.Engine.Users.Create(Lead, "Lena Lead", "a long enough password", Roles.ClinicalLead, "test");
        H.Engine.Users.AssignCohort(Facilitator, CohortId, "test");
    }

    public EngineHarness H { get; } = new(new LocalDateTime(2027, 1, 4, 8, 0));

    public IopEngine Engine => H.Engine;

    public string DataFolder => _data.Path;

    /// <summary>Quick to give up, so incidents come after a few fake-clock pauses.</summary>
    public static DispatchSettings Settings { get; } = DispatchSettings.Default with { MaxAttempts = 3, Parallel = 2 };

    public ActionDispatcher Dispatcher(DispatchSettings? settings = null, bool printPdf = false) =>
        Dispatchers.Create(Engine, new ActionSettings(DataFolder, PublicUrl, settings ?? Settings, printPdf));

    /// <summary>Runs every due action until none is left.</summary>
    public int Drain(DispatchSettings? settings = null) => Dispatcher(settings).DrainAsync(CancellationToken.None).GetAwaiter().GetResult();

    public List<OutboxRecord> Rows(string? action = null)
    {
        using var db = H.Database.Open();
        return [.. db.Outbox.AsNoTracking().Where(o => action == null || o.Action == action).OrderBy(o => o.Id)];
    }

    /// <summary>Moves the fake clock on past the longest pause a failed action waits.</summary>
    public void PassPause(DispatchSettings? settings = null) => H.Clock.Advance((settings ?? Settings).LongestPause + TimeSpan.FromSeconds(1));

    public void Dispose()
    {
        H.Dispose();
        _data.Dispose();
    }
}
