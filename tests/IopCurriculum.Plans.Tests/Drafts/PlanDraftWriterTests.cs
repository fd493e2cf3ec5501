using IopCurriculum.Plans.Drafts;
using IopCurriculum.Plans.Files;
using IopCurriculum.Plans.Tests.Files;

namespace IopCurriculum.Plans.Tests.Drafts;

/// <summary>A plan filled in on a form reads as the same plan a file says, and each problem found is traced to the field it came from.</summary>
public sealed class PlanDraftWriterTests
{
    private static TreatmentPlanContent Sample => PlanFileReader.Parse(SamplePlans.Valid, "plan.yaml", SamplePlans.Context).Value;

    private static Definitions.Diagnostics.LoadResult<TreatmentPlanContent> Read(DraftText text) =>
        PlanFileReader.Parse(text.Source, "plan form", SamplePlans.Context);

    /// <summary>Each problem the reader finds, as the field it points at and its message.</summary>
    private static List<(string? Field, string Message)> Problems(PlanDraft draft)
    {
        var text = PlanDraftWriter.Write(draft);
        var read = Read(text);
        Assert.False(read.Succeeded);
        return [.. read.Diagnostics.Select(d => (text.FieldAt(d.Location.Line), d.Message))];
    }

    [Fact]
    public void AVersionTakenIntoAFormAndWrittenBackSaysTheSame()
    {
        var written = PlanDraftWriter.Write(PlanDraft.From(Sample));
        var read = Read(written);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(PlanDraftWriter.Canonical(Sample), PlanDraftWriter.Canonical(read.Value));
        Assert.Equal(["F10.20", "F41.1", null], read.Value.Assessment.Diagnoses.Select(d => d.Code));
        Assert.Equal(Sample.Problems[0].Goals[0].Objectives, read.Value.Problems[0].Goals[0].Objectives);
        Assert.Equal(["RP"], read.Value.Problems[0].Goals[0].Interventions[0].Tracks);
        Assert.Equal(1, read.Value.GoalsActive);
    }

    [Fact]
    public void TextThatYamlWouldReadOtherwiseIsKeptAsTyped()
    {
        var draft = PlanDraft.From(Sample);
        draft.Problems[0].Statement = "yes: \"quoted\" # not a comment\nsecond line — ünïcode 🙂";
        draft.Problems[0].Goals[0].Objectives = "  - not a list item \r\n\r\nnull";
        var read = Read(PlanDraftWriter.Write(draft));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal("yes: \"quoted\" # not a comment\nsecond line — ünïcode 🙂", read.Value.Problems[0].Statement);
        Assert.Equal(["- not a list item", "null"], read.Value.Problems[0].Goals[0].Objectives);
    }

    [Fact]
    public void BlankRowsAreLeftOut()
    {
        var draft = PlanDraft.From(Sample);
        draft.Diagnoses.Add(new DraftDiagnosis());
        draft.Problems.Insert(0, DraftProblem.Blank());
        draft.Problems[1].Goals.Add(DraftGoal.Blank());
        draft.Problems[1].Goals[0].Interventions.Add(new DraftIntervention());
        var read = Read(PlanDraftWriter.Write(draft));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(PlanDraftWriter.Canonical(Sample), PlanDraftWriter.Canonical(read.Value));
    }

    [Fact]
    public void EachProblemIsTracedToTheFieldItCameFrom()
    {
        var draft = PlanDraft.From(Sample);
        draft.Diagnoses[1].Code = "F41.7";
        draft.Asam[4].Risk = "7";
        draft.Problems[1].Statement = " ";
        draft.Problems[0].Goals[0].Target = "2026-12-01";
        draft.Problems[0].Goals[0].Interventions[1].Tracks.Add("XX");
        draft.Problems[1].Goals[0].Statement = "";
        var problems = Problems(draft);
        Assert.Equal(
            ["diagnoses[1]", "asam.relapse-potential.risk", "problems[0].goals[0].target", "problems[0].goals[0].interventions[1].tracks", "problems[1].statement", "problems[1].goals[0].statement"],
            problems.Select(p => p.Field));
        Assert.Contains("before the client's course began on 2027-01-04", problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlankFormIsRefusedForWhatItLacks()
    {
        var problems = Problems(PlanDraft.Blank());
        Assert.Contains(problems, p => p.Field == "diagnoses" && p.Message.Contains("no diagnosis", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "asam.intoxication-withdrawal.risk" && p.Message.Contains("whole number", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "problems" && p.Message.Contains("no problem", StringComparison.Ordinal));
    }
}
