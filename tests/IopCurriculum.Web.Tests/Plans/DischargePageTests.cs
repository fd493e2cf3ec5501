using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Plans.Discharge;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Plans;

/// <summary>The discharge page: a lead ends a client's course, writes and signs the summary, and corrects it only with a reason.</summary>
public sealed class DischargePageTests : IDisposable
{
    private const string Discharge = "/cohorts/demo-cohort/clients/demo-04/discharge";

    private readonly IopWebFactory _web = new();

    public DischargePageTests() => _web.User("lee", Roles.ClinicalLead);

    public void Dispose() => _web.Dispose();

    private IReadOnlyList<IopCurriculum.Engine.Plans.DischargeVersion> Stored() => _web.Engine.Discharges.Read(CohortPages.Demo, "demo-04");

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
    }

    [Fact]
    public async Task ALeadDischargesWritesAndCorrectsTheSummary()
    {
        var lee = await _web.SignedIn("lee");
        var running = await Forms.Page(lee, Discharge);
        Assert.NotNull(running.QuerySelector("#end-form"));
        Assert.Null(running.QuerySelector("#discharge-form"));

        var ended = await Forms.Submit(lee, Discharge, "end", Forms.Fields(("EndForm.Reason", "Moved out of the area")));
        Assert.Equal(Discharge + "?done=ended", CohortPages.Target(ended));
        var form = await Forms.Page(lee, CohortPages.Target(ended));
        Assert.Null(form.QuerySelector("#end-form"));

        var incomplete = await Page(await Forms.Submit(lee, form, Discharge, "discharge", Forms.Fields(("Draft.Reason", "transferred"))));
        var problems = Forms.Texts(incomplete, "#discharge-problems li");
        Assert.Contains(problems, p => p.StartsWith("How the course went:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Referrals:", StringComparison.Ordinal) && p.Contains("no referral", StringComparison.Ordinal));
        Assert.Empty(Stored());

        var written = await Forms.Submit(lee, Discharge, "discharge", Forms.Fields(
            ("Draft.Reason", "transferred"), ("Draft.Summary", "Attended 9 weeks; moving to a program near family."),
            ("Draft.Referrals", "IOP at the new county clinic\nPrimary care"), ("Draft.MutualHelp", ""), ("Draft.SocialSupport", "false")));
        Assert.Equal(Discharge + "?done=written", CohortPages.Target(written));
        var first = Assert.Single(Stored());
        Assert.Equal(DischargeReason.Transferred, first.Content.Reason);
        Assert.Equal(["IOP at the new county clinic", "Primary care"], first.Content.Aftercare.Referrals);
        Assert.Equal("lee", first.SignedBy);

        var chart = await Forms.Page(lee, "/clients/demo-04");
        Assert.Equal("transferred to another level of care or program", CohortPages.Text(chart, ".discharge-reason"));
        Assert.Equal("Correct the discharge summary", CohortPages.Text(chart, "a.open-discharge"));

        // A correction opens on the summary as signed and needs its reason.
        var correcting = await Forms.Page(lee, Discharge);
        Assert.Equal("transferred", correcting.QuerySelector("#f-reason option[selected]")?.GetAttribute("value"));
        var noReason = await Page(await Forms.Submit(lee, correcting, Discharge, "discharge", Forms.Fields(("Draft.MutualHelp", "SMART Recovery, Thursdays"))));
        Assert.Contains("Say why the summary is corrected.", Forms.Texts(noReason, "#discharge-problems li"));
        Assert.Single(Stored());
        var corrected = await Forms.Submit(lee, Discharge, "discharge", Forms.Fields(("Draft.MutualHelp", "SMART Recovery, Thursdays"), ("Draft.Correction", "Client chose a meeting at discharge")));
        Assert.Equal(Discharge + "?done=written", CohortPages.Target(corrected));
        var versions = Stored();
        Assert.Equal(2, versions.Count);
        Assert.Equal(["SMART Recovery, Thursdays"], versions[1].Content.Aftercare.MutualHelp);
        Assert.Equal("Client chose a meeting at discharge", versions[1].Correction);
        Assert.Equal(first.Source, versions[0].Source);
        Assert.Empty(versions[0].Content.Aftercare.MutualHelp);
    }

    [Fact]
    public async Task DischargingNeedsAReasonAndWritesNothingWithout()
    {
        var lee = await _web.SignedIn("lee");
        var page = await Page(await Forms.Submit(lee, Discharge, "end", Forms.Fields(("EndForm.Reason", "  "))));
        Assert.Contains("say why the client is discharged", CohortPages.Text(page, "#discharge-error"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#end-form"));
        Assert.True(_web.Engine.Charts.Read("demo-04").Enrolments[0].Active);
    }
}
