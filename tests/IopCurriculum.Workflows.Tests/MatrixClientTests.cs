using IopCurriculum.Workflows.Tests.Support;
using static IopCurriculum.Workflows.Tests.Support.Facts;

namespace IopCurriculum.Workflows.Tests;

/// <summary>Clients moving through the shipped Matrix Model course, workflows/matrix-client.yaml.</summary>
public class MatrixClientTests
{
    private static readonly string[] StageEntry = ["plan-sessions", "render-guides", "refresh-care-plan"];

    private static WorkflowMachine Machine => ShippedWorkflows.MatrixClient;

    [Fact]
    public void TheDefinitionNamesItsStagesAndTracks()
    {
        var definition = Machine.Definition;
        Assert.Equal("matrix-client v1", definition.Label);
        Assert.Equal("intake-assessment", definition.InitialStage);
        Assert.Equal(
            ["intake-assessment", "orientation", "early-recovery", "relapse-prevention", "social-support-linkage", "aftercare-plan", "completed", "on-hold", "discharged"],
            definition.Stages.Select(s => s.Name));
        Assert.Equal(["completed", "discharged"], definition.Stages.Where(s => s.Final).Select(s => s.Name));
        // Guards count ER and IC; stages attend the groups ER, RP, FE, SS and the UA testing slot.
        Assert.Equal(["ER", "FE", "IC", "RP", "SS", "UA"], definition.TrackCodes.Order(StringComparer.Ordinal));
        Assert.Equal(["ER", "RP", "FE", "UA"], definition.FindStage("early-recovery")!.Attends);
        Assert.Equal(["RP", "FE", "UA"], definition.FindStage("relapse-prevention")!.Attends);
        Assert.Empty(definition.FindStage("on-hold")!.Attends);
    }

    [Fact]
    public void AClientWhoAttendsEnoughGoesFromIntakeToCompletion()
    {
        var stage = Machine.Definition.InitialStage;

        stage = Moves(Machine.Fire(stage, WorkflowTrigger.SessionRecorded, Session("IC", "attended")), "orientation", StageEntry);
        stage = Moves(Machine.Fire(stage, WorkflowTrigger.SessionRecorded, Session("ER", "late")), "early-recovery", StageEntry);
        for (var stageWeeks = 1; stageWeeks <= 3; stageWeeks++)
            Assert.False(Machine.Fire(stage, WorkflowTrigger.WeekElapsed, Week(stageWeeks + 1, stageWeeks, attendedEr: 2 * stageWeeks)).Fired);
        stage = Moves(Machine.Fire(stage, WorkflowTrigger.WeekElapsed, Week(5, 4, attendedEr: 7)), "relapse-prevention", StageEntry);
        for (var week = 6; week <= 11; week++)
            Assert.False(Machine.Fire(stage, WorkflowTrigger.WeekElapsed, Week(week, week - 5)).Fired);
        stage = Moves(Machine.Fire(stage, WorkflowTrigger.WeekElapsed, Week(12, 7)), "social-support-linkage", StageEntry);
        Assert.False(Machine.Fire(stage, WorkflowTrigger.WeekElapsed, Week(14, 2)).Fired);
        stage = Moves(Machine.Fire(stage, WorkflowTrigger.WeekElapsed, Week(15, 3)), "aftercare-plan", StageEntry);
        stage = Moves(Machine.Fire(stage, WorkflowTrigger.WeekElapsed, Week(16, 1)), "completed", ["refresh-care-plan", "notify-team"]);

        var after = Machine.Fire(stage, WorkflowTrigger.WeekElapsed, Week(17, 1));
        Assert.False(after.Fired);
        Assert.Equal("Completed the course does not answer the end of a week", after.Refusal);
    }

    [Fact]
    public void AnIndividualSessionThatWasMissedDoesNotStartOrientation()
    {
        var outcome = Machine.Fire("intake-assessment", WorkflowTrigger.SessionRecorded, Session("IC", "absent"));
        Assert.False(outcome.Fired);
        Assert.Equal("intake-assessment", outcome.To);
        Assert.Empty(outcome.Actions);
        Assert.Equal(
            "Intake and assessment stays: recorded attendance moves a client on from it only when track is IC and (status is attended or status is late)",
            outcome.Refusal);
    }

    [Fact]
    public void OrientationEndsAfterAWeekEvenWithoutAGroup()
    {
        Assert.False(Machine.Fire("orientation", WorkflowTrigger.WeekElapsed, Week(1, 0)).Fired);
        var outcome = Machine.Fire("orientation", WorkflowTrigger.WeekElapsed, Week(1, 1));
        Moves(outcome, "early-recovery", StageEntry);
        Assert.Contains("even without a group", outcome.Transition!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void FewerThanSixOfEightEarlyRecoverySessionsRepeatsTheBlock()
    {
        var outcome = Machine.Fire("early-recovery", WorkflowTrigger.WeekElapsed, Week(5, 4, attendedEr: 5));

        Assert.True(outcome.Fired);
        Assert.True(outcome.Entered);
        Assert.False(outcome.Moved);
        Assert.Equal("early-recovery", outcome.To);
        Assert.Equal(["book-individual-session", .. StageEntry], outcome.Names());
        Assert.Equal("stage_weeks >= 4", outcome.Transition!.When!.Text);
        Assert.Equal("fewer than 6 of the block's 8 sessions attended; the block is repeated", outcome.Transition.Note);

        // Six is enough.
        Moves(Machine.Fire("early-recovery", WorkflowTrigger.WeekElapsed, Week(5, 4, attendedEr: 6)), "relapse-prevention", StageEntry);
    }

    [Fact]
    public void APositiveTestBooksAnIndividualSessionAndTheClientStays()
    {
        var outcome = Machine.Fire("relapse-prevention", WorkflowTrigger.TestResult, Test("positive"));

        Assert.True(outcome.Fired);
        Assert.False(outcome.Entered);
        Assert.Equal("relapse-prevention", outcome.To);
        Assert.Null(outcome.Transition!.To);
        Assert.Equal(["book-individual-session", "notify-team"], outcome.Names());
        Assert.Equal("positive test result", outcome.Actions[1].Argument("note"));
    }

    [Fact]
    public void ANegativeTestChangesNothing()
    {
        var outcome = Machine.Fire("social-support-linkage", WorkflowTrigger.TestResult, Test("negative"));
        Assert.False(outcome.Fired);
        Assert.Equal(
            "Social support stays: a test result moves a client on from it only when result is positive, or when result is missed",
            outcome.Refusal);
    }

    [Fact]
    public void AClinicianSendsADestabilisedClientBackToEarlyRecovery()
    {
        var outcome = Machine.Fire("social-support-linkage", WorkflowTrigger.ClinicalOverride, Override("early-recovery"));
        Moves(outcome, "early-recovery", ["notify-team", .. StageEntry]);

        // Only the stages the definition lists may be sent back; any other target is refused.
        Assert.False(Machine.Fire("social-support-linkage", WorkflowTrigger.ClinicalOverride, Override("relapse-prevention")).Fired);
        Assert.False(Machine.Fire("orientation", WorkflowTrigger.ClinicalOverride, Override("early-recovery")).Fired);
    }

    [Fact]
    public void OnHoldReturnsToTheStageTheClinicianNames()
    {
        var held = Machine.Fire("relapse-prevention", WorkflowTrigger.ClinicalOverride, Override("on-hold"));
        Moves(held, "on-hold", ["refresh-care-plan", "notify-team"]);

        Assert.False(Machine.Fire("on-hold", WorkflowTrigger.WeekElapsed, Week(9, 1)).Fired);
        Assert.False(Machine.Fire("on-hold", WorkflowTrigger.TestResult, Test("positive")).Fired);
        Moves(Machine.Fire("on-hold", WorkflowTrigger.ClinicalOverride, Override("social-support-linkage")), "social-support-linkage", StageEntry);
        Moves(Machine.Fire("on-hold", WorkflowTrigger.ClinicalOverride, Override("early-recovery")), "early-recovery", StageEntry);
    }

    [Fact]
    public void ADischargedClientIsReadmittedToOrientation()
    {
        var discharged = Machine.Fire("early-recovery", WorkflowTrigger.Discharge, WorkflowFacts.None);
        Moves(discharged, "discharged", ["refresh-care-plan", "notify-team"]);
        Assert.Equal("client discharged", discharged.Actions[1].Argument("note"));

        Assert.False(Machine.Fire("discharged", WorkflowTrigger.WeekElapsed, Week(6, 1)).Fired);
        Assert.False(Machine.Fire("discharged", WorkflowTrigger.Discharge, WorkflowFacts.None).Fired);

        var readmitted = Machine.Fire("discharged", WorkflowTrigger.Readmit, WorkflowFacts.None);
        Moves(readmitted, "orientation", ["book-individual-session", .. StageEntry]);
    }

    [Fact]
    public void EveryActiveStageAndOnHoldCanBeDischarged()
    {
        foreach (var stage in Machine.Definition.Stages.Where(s => !s.Final))
            Assert.Equal("discharged", Machine.Fire(stage.Name, WorkflowTrigger.Discharge, WorkflowFacts.None).To);
    }

    [Fact]
    public void PermittedTriggersFollowTheFacts()
    {
        var facts = new WorkflowFacts { Week = 12, Result = "positive" };
        Assert.Equal([WorkflowTrigger.WeekElapsed, WorkflowTrigger.TestResult, WorkflowTrigger.Discharge], Machine.PermittedTriggers("relapse-prevention", facts));
        Assert.Equal([WorkflowTrigger.Discharge], Machine.PermittedTriggers("relapse-prevention", new WorkflowFacts { Week = 11 }));
        Assert.Equal([WorkflowTrigger.Readmit], Machine.PermittedTriggers("discharged", WorkflowFacts.None));
        Assert.Empty(Machine.PermittedTriggers("completed", facts));
    }

    /// <summary>The client moved to <paramref name="to"/>, entering it, with these actions in order.</summary>
    private static string Moves(FireOutcome outcome, string to, IReadOnlyList<string> actions)
    {
        Assert.True(outcome.Fired, outcome.Refusal);
        Assert.True(outcome.Entered);
        Assert.Null(outcome.Refusal);
        Assert.Equal(to, outcome.To);
        Assert.Equal(actions, outcome.Names());
        return outcome.To;
    }
}
