using System.Text.Json;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Measures;

/// <summary>Recording a measure: scored as the instrument says, kept whole, and a safety concern raised in the same transaction.</summary>
public sealed class MeasureRecordingTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));

    public MeasureRecordingTests()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4), [Repo.MatrixClientV3, Repo.ContingencyManagement]);
        _h.SetLocal(new LocalDateTime(2027, 1, 5, 10, 0));
        _h.Enrol(CohortId, "P");
    }

    public void Dispose() => _h.Dispose();

    private MeasureOutcome Record(string instrument, IReadOnlyDictionary<string, int> answers, LocalDate? on = null, string client = "P") =>
        _h.Engine.Measures.Record(new MeasureRequest
        {
            CohortId = CohortId,
            ClientId = client,
            Instrument = instrument,
            AnsweredOn = on ?? new LocalDate(2027, 1, 5),
            Answers = answers,
            Actor = "dana",
        });

    private static Dictionary<string, int> Phq9(int each, int item9) =>
        Enumerable.Range(1, 8).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => each)
            .Concat([KeyValuePair.Create("9", item9)]).ToDictionary();

    [Fact]
    public void APhq9IsStoredWithItsAnswersScoreAndBand()
    {
        var outcome = Record("phq9", Phq9(each: 1, item9: 0));
        Assert.Equal("PHQ9", outcome.Measure.Instrument);
        Assert.Equal(8, outcome.Measure.Headline!.Value);
        Assert.Equal("8 (Mild)", outcome.Measure.HeadlineText);
        Assert.Empty(outcome.Journal);
        var stored = Assert.Single(_h.Engine.Measures.Of(CohortId, "P"));
        Assert.Equal(9, stored.Answers.Count);
        Assert.Equal(1, stored.InstrumentVersion);
        Assert.Equal("dana", stored.Actor);
    }

    [Fact]
    public void ItemNineAboveZeroAlertsTheTeamWithinHoursAndBooksASessionInTheSameTransaction()
    {
        var before = _h.Counts();
        var outcome = Record("PHQ9", Phq9(each: 0, item9: 2));
        Assert.Equal(["9"], outcome.Measure.CriticalItems);
        var step = Assert.Single(outcome.Journal);
        Assert.Equal("measure-recorded", _h.Journal().Single(j => j.Id == step.Id).Trigger);
        var actions = _h.Outbox(step.Id);
        var notify = Assert.Single(actions, a => a.Action == WorkflowActionNames.NotifyTeam);
        var arguments = JsonSerializer.Deserialize<Dictionary<string, string>>(notify.Arguments)!;
        Assert.Equal("4", arguments[WorkflowActionNames.WithinHoursArgument]);
        Assert.StartsWith("safety alert", arguments[WorkflowActionNames.NoteArgument], StringComparison.Ordinal);
        Assert.Contains(actions, a => a.Action == WorkflowActionNames.BookIndividualSession);
        Assert.True(_h.Counts().Journal > before.Journal);
    }

    [Fact]
    public void AnEntryInErrorIsStruckWithWhoAndWhyAndNoLongerCounts()
    {
        var first = Record("PHQ9", Phq9(each: 2, item9: 0));
        var struck = _h.Engine.Measures.Strike(CohortId, first.Measure.Id, "answers were another client's", "lee");
        Assert.True(struck.Struck);
        Assert.Equal("lee", struck.StruckBy);
        Assert.Equal("answers were another client's", struck.StruckReason);
        _h.AssertRefused(ProblemKind.Conflict, () => _h.Engine.Measures.Strike(CohortId, first.Measure.Id, "again", "lee"));
        _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Measures.Strike(CohortId, first.Measure.Id, " ", "lee"));
        // Still readable, marked.
        Assert.True(Assert.Single(_h.Engine.Measures.Of(CohortId, "P")).Struck);
    }

    [Fact]
    public void BadRequestsAreRefusedAndWriteNothing()
    {
        var before = _h.State();
        var tables = TableCounts.Of(_h.DatabasePath);
        var unknown = _h.AssertRefused(ProblemKind.NotFound, () => Record("PHQ8", Phq9(1, 0)));
        Assert.Contains("PHQ9 (Patient Health Questionnaire-9 (PHQ-9))", unknown.Message, StringComparison.Ordinal);
        var future = _h.AssertRefused(ProblemKind.Invalid, () => Record("PHQ9", Phq9(1, 0), new LocalDate(2027, 1, 6)));
        Assert.Equal("the date answered 2027-01-06 is in the future: today is 2027-01-05 in America/Los_Angeles", future.Message);
        _h.AssertRefused(ProblemKind.Invalid, () => Record("PHQ9", Phq9(1, 0), new LocalDate(2026, 12, 28)));
        var outOfRange = _h.AssertRefused(ProblemKind.Invalid, () => Record("GAD7", new Dictionary<string, int> { ["1"] = 7 }));
        Assert.Contains("7 is not an answer to Generalized Anxiety Disorder 7-item scale (GAD-7) item 1", outOfRange.Message, StringComparison.Ordinal);
        _h.AssertRefused(ProblemKind.Invalid, () => Record("GAD7", new Dictionary<string, int>()));
        _h.AssertRefused(ProblemKind.NotFound, () => Record("GAD7", new Dictionary<string, int> { ["1"] = 1 }, client: "nobody"));
        Assert.Equal(before, _h.State());
        Assert.Equal(tables, TableCounts.Of(_h.DatabasePath));
    }

    [Fact]
    public void MeasuresFallDueInTheClientsOwnWeeksAndTurnOverdueWhenTheirWeekPasses()
    {
        IReadOnlyList<MeasureDueItem> Due() => MeasuresDue.ForCohort(_h.Engine.Snapshots.Whole(CohortId));

        Assert.Equal(["PHQ9", "GAD7", "BAM", "CRAVING"], Due().Select(d => d.Instrument));
        Assert.All(Due(), d => Assert.False(d.Overdue));
        Record("PHQ9", Phq9(1, 0));
        Record("BAM", new Dictionary<string, int> { ["4"] = 0, ["5"] = 0, ["6"] = 1 });
        Assert.Equal(["GAD7", "CRAVING"], Due().Select(d => d.Instrument));

        // Week 2: BAM and craving are due again; GAD-7 was never done and is overdue; PHQ-9 waits for week 3.
        _h.SetLocal(new LocalDateTime(2027, 1, 12, 10, 0));
        var week2 = Due();
        Assert.Equal(["GAD7", "BAM", "CRAVING"], week2.Select(d => d.Instrument));
        Assert.True(week2[0].Overdue);
        Assert.Equal("overdue since 4 January 2027", week2[0].StatusText);
        Assert.False(week2[1].Overdue);

        // A program that schedules nothing owes nothing.
        _h.Engine.Programs.SetMeasureSchedule(EngineHarness.ProgramId, Domain.Measures.MeasureSchedule.Empty);
        Assert.Empty(Due());
        _h.Engine.Programs.SetMeasureSchedule(EngineHarness.ProgramId, (Domain.Measures.MeasureSchedule?)null);
        Assert.Equal(4, _h.Engine.Programs.MeasureScheduleOf(EngineHarness.ProgramId).Rules.Count);
    }

    [Fact]
    public void AScheduleWithAMistakeIsRefusedNamingItsPlace()
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () =>
            _h.Engine.Programs.SetMeasureSchedule(EngineHarness.ProgramId, "measures:\n  - { measure: PHQ9, every_weeks: -1 }\n", "schedule.yaml"));
        Assert.Contains("schedule.yaml:2:35: error: 'every_weeks' must be between 0 and 52, not -1", refused.Details);
        Assert.Null(_h.Engine.Programs.MeasureScheduleOf(EngineHarness.ProgramId).For(new Domain.Measures.MeasureId("NONE")));
    }
}
