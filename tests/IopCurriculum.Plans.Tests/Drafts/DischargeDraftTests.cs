using IopCurriculum.Plans.Discharge;
using IopCurriculum.Plans.Drafts;

namespace IopCurriculum.Plans.Tests.Drafts;

/// <summary>A discharge summary filled in on a form reads as the summary a file says, and a problem names its field.</summary>
public sealed class DischargeDraftTests
{
    private static DischargeDraft Filled() => new()
    {
        Reason = "completed",
        Summary = "Finished all 16 weeks: \"steady\", with # and : in the text.",
        Referrals = "Outpatient counselling\n\n  Primary care follow-up  ",
        MutualHelp = "SMART Recovery, Tuesdays",
        SocialSupport = true,
    };

    [Fact]
    public void AFilledFormReadsAsTypedAndBackIntoTheSameForm()
    {
        var read = DischargeFileReader.Parse(Filled().Write().Source, "discharge form");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(DischargeReason.Completed, read.Value.Reason);
        Assert.Equal(Filled().Summary, read.Value.Summary);
        Assert.Equal(["Outpatient counselling", "Primary care follow-up"], read.Value.Aftercare.Referrals);
        Assert.True(read.Value.Aftercare.ContinuingSocialSupport);
        Assert.Equal(Filled().Write().Source.Replace("  Primary", "Primary", StringComparison.Ordinal), DischargeDraft.From(read.Value).Write().Source);
    }

    [Fact]
    public void EachProblemNamesTheFieldItIsIn()
    {
        var text = new DischargeDraft { Reason = "vanished", Summary = "", Referrals = "", MutualHelp = "" }.Write();
        var read = DischargeFileReader.Parse(text.Source, "discharge form");
        Assert.False(read.Succeeded);
        var fields = read.Diagnostics.Select(d => (Field: text.FieldAt(d.Location.Line), d.Message)).ToList();
        Assert.Contains(fields, f => f.Field == "reason" && f.Message.Contains("vanished", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Field == "summary");
        // The aftercare plan as a whole is found at its first line, the referrals.
        Assert.Contains(fields, f => f.Field == "referrals" && f.Message.Contains("no referral", StringComparison.Ordinal));
    }
}
