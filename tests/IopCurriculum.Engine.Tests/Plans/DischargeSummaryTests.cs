using IopCurriculum.Access;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Plans.Discharge;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Plans;

/// <summary>The discharge summary and aftercare plan: written once the course has ended, signed by a clinical lead, corrected only by a new version.</summary>
public sealed class DischargeSummaryTests : IDisposable
{
    public const string Summary = """
        reason: discharged
        summary: Stopped attending after week 6 despite outreach; agreed to a referral.
        aftercare:
          referrals: [Outpatient counselling at the county clinic]
          mutual_help: ["SMART Recovery, Tuesday evenings"]
          social_support: false
        """;

    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 4, 9, 0));
    private readonly string _cohort;

    public DischargeSummaryTests()
    {
        _h.CreateProgram();
        _cohort = _h.CreateCohort(new LocalDate(2027, 1, 4)).Id;
        _h.Enrol(_cohort, "C-1", 1);
        _h.Engine.Users.Create("lee", "Lee", "a long enough password", Roles.ClinicalLead, "setup");
        _h.Engine.Users.Create("sam", "Sam", "a long enough password", Roles.Facilitator, "setup");
    }

    public void Dispose() => _h.Dispose();

    private IReadOnlyList<DischargeVersion> Write(string text = Summary, string by = "lee", string? correction = null) =>
        _h.Engine.Discharges.Write(new DischargeWriteRequest { CohortId = _cohort, ClientId = "C-1", Source = text, SourceName = "discharge.yaml", Actor = by, Correction = correction });

    private void Discharge() =>
        _h.Engine.Clinical.Discharge(new ClinicalRequest { CohortId = _cohort, ClientId = "C-1", Reason = "stopped attending", Actor = "lee" });

    [Fact]
    public void ASummaryWaitsForTheCourseToEnd()
    {
        var running = Assert.Throws<EngineException>(() => Write());
        Assert.Contains("course is still running", running.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Engine.Discharges.Read(_cohort, "C-1"));

        Discharge();
        var written = Assert.Single(Write());
        Assert.Equal(DischargeReason.Discharged, written.Content.Reason);
        Assert.Equal(["SMART Recovery, Tuesday evenings"], written.Content.Aftercare.MutualHelp);
        Assert.False(written.Content.Aftercare.ContinuingSocialSupport);
        Assert.Equal("lee", written.SignedBy);
    }

    [Fact]
    public void ACorrectionIsANewVersionWithItsReasonAndTheFirstStays()
    {
        Discharge();
        Write();
        var corrected = Summary.Replace("social_support: false", "social_support: true", StringComparison.Ordinal);
        Assert.Contains("say why it is corrected", Assert.Throws<EngineException>(() => Write(corrected)).Message, StringComparison.Ordinal);
        var versions = Write(corrected, correction: "client chose to stay in Social Support");
        Assert.Equal(2, versions.Count);
        Assert.Equal(Summary, versions[0].Source);
        Assert.True(versions[1].Content.Aftercare.ContinuingSocialSupport);
        Assert.Equal("client chose to stay in Social Support", versions[1].Correction);
    }

    [Fact]
    public void OnlyAClinicalLeadSignsIt()
    {
        Discharge();
        Assert.Contains("only a clinical lead may sign a discharge summary", Assert.Throws<EngineException>(() => Write(by: "sam")).Message, StringComparison.Ordinal);
        Assert.Empty(_h.Engine.Discharges.Read(_cohort, "C-1"));
    }

    [Fact]
    public void ASummaryWithProblemsNamesEachOne()
    {
        Discharge();
        var text = Summary.Replace("reason: discharged", "reason: expelled", StringComparison.Ordinal)
            .Replace("  referrals: [Outpatient counselling at the county clinic]\n  mutual_help: [\"SMART Recovery, Tuesday evenings\"]\n", "", StringComparison.Ordinal);
        var refused = Assert.Throws<EngineException>(() => Write(text));
        Assert.Equal(2, refused.Details.Count);
        Assert.StartsWith("discharge.yaml:1:9:", refused.Details[0], StringComparison.Ordinal);
        Assert.Contains("'reason' must be one of", refused.Details[0], StringComparison.Ordinal);
        Assert.Contains("names no referral", refused.Details[1], StringComparison.Ordinal);
        Assert.Empty(_h.Engine.Discharges.Read(_cohort, "C-1"));
    }
}
