using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Refusals;

/// <summary>
/// Requests the engine refuses: each says what is wrong, is of the right kind, and writes nothing (every
/// table's row count and every instance's and cohort's state are as before).
/// </summary>
public sealed class RefusalTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));
    private readonly EnrolmentResult _a;

    /// <summary>Client A enrolled from week 1; the clock at 17:00 on Monday 4 January, between A's intake (16:45) and the first ER group (18:00).</summary>
    public RefusalTests()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4));
        _a = _h.Enrol(CohortId, "A", 1);
        _h.SetLocal(new LocalDateTime(2027, 1, 4, 17, 0));
    }

    public void Dispose() => _h.Dispose();

    private PlannedSessionRecord FirstEarlyRecovery => _h.Sessions(CohortId, 1).First(s => s.TrackCode == "ER");

    [Fact]
    public void ACohortStartingInThePastIsInvalid()
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.CreateCohort(new LocalDate(2027, 1, 3), id: "late-start"));
        Assert.Equal("the start date 2027-01-03 is in the past: today is 2027-01-04 in America/Los_Angeles", refused.Message);
    }

    [Fact]
    public void AnExistingCohortIdIsAConflict()
    {
        _h.AssertRefused(ProblemKind.Conflict, () => _h.CreateCohort(new LocalDate(2027, 1, 11), id: CohortId));
    }

    [Fact]
    public void AnUnknownProgramIsNotFoundWithAHint()
    {
        var refused = _h.AssertRefused(ProblemKind.NotFound, () => _h.Engine.Cohorts.Create(new CohortRequest
        {
            ProgramId = "eastsde",
            CurriculumPath = Repo.Matrix,
            WorkflowPaths = [Repo.MatrixClient],
            Start = new LocalDate(2027, 1, 11),
        }));
        Assert.Equal("no program 'eastsde' (did you mean 'eastside'?)", refused.Message);
    }

    [Fact]
    public void AnUnknownCohortIsNotFoundWithAHint()
    {
        var refused = _h.AssertRefused(ProblemKind.NotFound, () => _h.Enrol("eastside-2027-01-05", "B"));
        Assert.Equal($"no cohort 'eastside-2027-01-05' (did you mean '{CohortId}'?)", refused.Message);

        var status = _h.AssertRefused(ProblemKind.NotFound, () => _h.Engine.Reports.Status("eastside-2027-01-05"));
        Assert.Equal(refused.Message, status.Message);
    }

    [Fact]
    public void EnrollingTheSameClientTwiceIsAConflict()
    {
        var refused = _h.AssertRefused(ProblemKind.Conflict, () => _h.Enrol(CohortId, "A"));
        Assert.Equal($"client A is already enrolled in cohort {CohortId} (from week 1)", refused.Message);
    }

    [Fact]
    public void EnrollingIntoAWeekThatHasEndedIsInvalid()
    {
        _h.SetLocal(new LocalDateTime(2027, 1, 11, 0, 1));
        _h.Engine.Weeks.AdvanceDue();

        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Enrol(CohortId, "B", 1));
        Assert.Equal($"week 1 is in the past: week 1 of cohort {CohortId} ended on 2027-01-10; the client can join week 2 or later", refused.Message);
        // Week 2 is open; that enrolment goes ahead.
        Assert.Equal(2, _h.Enrol(CohortId, "B", 2).Enrolment.StartWeek);
    }

    [Fact]
    public void AClientEnrolledWithoutAWeekAfterTheWeekWasAdvancedByHandJoinsTheNextWeek()
    {
        // Still week 1 by the clock, but week 1 was advanced by hand: the first open week is 2.
        _h.Engine.Weeks.Advance(CohortId, 1, "lee", "closing the week early");
        Assert.Equal(2, _h.Enrol(CohortId, "C").Enrolment.StartWeek);
    }

    [Fact]
    public void AttendanceAtASessionThatHasNotBegunIsInvalid()
    {
        var byCode = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Attendance.Record(new AttendanceRequest
        {
            CohortId = CohortId,
            ClientId = "A",
            Session = "ER",
            Status = "attended",
        }));
        Assert.Equal("ER is not until 2027-01-04 18:00 (America/Los_Angeles); record attendance once the session has begun", byCode.Message);

        // Naming the session by its id is no way around it.
        var byId = _h.AssertRefused(ProblemKind.Invalid, () => _h.Attend(CohortId, "A", FirstEarlyRecovery));
        Assert.Equal(
            $"session {FirstEarlyRecovery.Id} (ER 1) is not until 2027-01-04 18:00 (America/Los_Angeles); record attendance once the session has begun",
            byId.Message);

        // The intake session at 16:45 has begun and can be recorded.
        var intake = _a.Booked.First(s => s.TrackCode == "IC");
        Assert.Equal("orientation", _h.Attend(CohortId, "A", intake).Journal[0].ToStage);
    }

    [Fact]
    public void AttendanceWithAnUnknownStatusOrClientIsRefused()
    {
        var intake = _a.Booked.First(s => s.TrackCode == "IC");
        var status = _h.AssertRefused(ProblemKind.Invalid, () => _h.Attend(CohortId, "A", intake, "present"));
        Assert.StartsWith("'present' is not an attendance status; use one of ", status.Message, StringComparison.Ordinal);

        var client = _h.AssertRefused(ProblemKind.NotFound, () => _h.Attend(CohortId, "Z", intake));
        Assert.Equal($"client Z is not enrolled in cohort {CohortId}", client.Message);
    }

    [Fact]
    public void AResultDatedInTheFutureIsInvalid()
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Result(CohortId, "A", new LocalDate(2027, 1, 5), "negative"));
        Assert.Equal("the collection date 2027-01-05 is in the future: today is 2027-01-04 in America/Los_Angeles", refused.Message);

        // Today is fine, and earns the first reward.
        Assert.Contains(_h.Result(CohortId, "A", new LocalDate(2027, 1, 4), "negative").Journal, j => j.ToStage == "reward-1");
    }

    [Fact]
    public void AnOverrideToAStageTheWorkflowDoesNotAllowIsInvalidAndNotJournaled()
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Clinical.Override(new ClinicalRequest
        {
            CohortId = CohortId,
            ClientId = "A",
            Reason = "doing well",
            Actor = "dana",
            Target = "relapse-prevention",
        }, "relapse-prevention"));
        Assert.Equal("clinical-override refused for client A", refused.Message);
        Assert.Equal(2, refused.Details.Count);
        Assert.StartsWith("matrix-client: Intake and assessment stays: a clinical decision moves a client on from it only when", refused.Details[0], StringComparison.Ordinal);
        Assert.Equal("contingency-management: Baseline does not answer a clinical decision", refused.Details[1]);

        // A clinical decision needs a reason before anything else is looked at.
        var noReason = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Clinical.Override(new ClinicalRequest
        {
            CohortId = CohortId,
            ClientId = "A",
            Reason = " ",
            Target = "on-hold",
        }, "on-hold"));
        Assert.Equal("a clinical override needs a reason for the journal", noReason.Message);
    }

    [Fact]
    public void AManualAdvanceNeedsAReasonAndAWeekThatHasBegun()
    {
        var noReason = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Weeks.Advance(CohortId, 1, "dana", ""));
        Assert.Equal("advancing a week by hand needs a reason for the journal", noReason.Message);

        var notBegun = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Weeks.Advance(CohortId, 2, "dana", "early"));
        Assert.Equal($"week 2 of cohort {CohortId} has not begun (it starts 2027-01-11; today is in week 1)", notBegun.Message);

        var beyond = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Weeks.Advance(CohortId, 17, "dana", "early"));
        Assert.Equal($"cohort {CohortId} runs 16 weeks; there is no week 17 to end", beyond.Message);

        var unknown = _h.AssertRefused(ProblemKind.NotFound, () => _h.Engine.Weeks.Advance("eastside", 1, "dana", "early"));
        Assert.Equal("no cohort 'eastside'", unknown.Message);
    }
}
