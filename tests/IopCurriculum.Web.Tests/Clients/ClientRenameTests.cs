using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Clients;

/// <summary>Correcting a client's names from the chart: leads only, with a reason and a ticked confirmation.</summary>
public sealed class ClientRenameTests : IDisposable
{
    private const string Chart = "/clients/demo-04";

    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private string RosterName => _web.Engine.Charts.Read("demo-04").RosterName;

    [Fact]
    public async Task ALeadCorrectsAClientsNamesAndTheRostersShowThem()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var page = await Forms.Page(lee, Chart);
        Assert.Equal("Delta D.", CohortPages.Text(page, "#client-name"));
        foreach (var id in new[] { "rename-given", "rename-family", "rename-reason" })
            Assert.NotNull(page.QuerySelector($"label[for='{id}']"));

        var renamed = await Forms.Submit(lee, page, Chart, "rename", Forms.Fields(("given", "Dana"), ("family", "Sample"), ("reason", "Misspelt at intake"), ("confirm", "yes")));
        Assert.Equal($"{Chart}?done=renamed", CohortPages.Target(renamed));
        var after = await Forms.Page(lee, CohortPages.Target(renamed));
        Assert.Equal("Dana S.", CohortPages.Text(after, "#client-name"));
        Assert.StartsWith("Client demo-04's names are changed; rosters now show “Dana S.”", CohortPages.Text(after, "#chart-done"), StringComparison.Ordinal);
        var roster = await Forms.Page(lee, $"/cohorts/{CohortPages.Demo}");
        Assert.Equal("Dana S.", CohortPages.Text(roster, "#roster tr[data-client='demo-04'] .client-name"));
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Action: "client-rename")), a => a.Actor == "lee" && a.Resource == "client demo-04 names");
    }

    [Fact]
    public async Task NoNamesNoReasonOrNoConfirmationChangesNothing()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);

        var noConfirm = await Forms.Read(await Forms.Submit(lee, Chart, "rename", Forms.Fields(("given", "Dana"), ("reason", "Misspelt"))));
        Assert.Equal("Tick “I confirm …” to change the client's names; nothing was changed.", CohortPages.Text(noConfirm, "#rename-error"));
        Assert.Equal("Dana", noConfirm.QuerySelector("#rename-given")!.GetAttribute("value"));
        var noReason = await Forms.Read(await Forms.Submit(lee, Chart, "rename", Forms.Fields(("given", "Dana"), ("confirm", "yes"))));
        Assert.Equal("Say why the names change; nothing was changed.", CohortPages.Text(noReason, "#rename-error"));
        var noNames = await Forms.Read(await Forms.Submit(lee, Chart, "rename", Forms.Fields(("reason", "Misspelt"), ("confirm", "yes"))));
        Assert.StartsWith("Give the corrected first name", CohortPages.Text(noNames, "#rename-error"), StringComparison.Ordinal);
        var badName = await Forms.Read(await Forms.Submit(lee, Chart, "rename", Forms.Fields(("given", new string('x', 101)), ("reason", "Misspelt"), ("confirm", "yes"))));
        Assert.StartsWith("Nothing was changed: the first name is 101 characters long", CohortPages.Text(badName, "#rename-error"), StringComparison.Ordinal);

        Assert.Equal("Delta D.", RosterName);
    }

    [Fact]
    public async Task AFacilitatorCannotRenameAClient()
    {
        var fay = await _web.SignedInAs("fay", Roles.Facilitator, CohortPages.Demo);
        var page = await Forms.Page(fay, Chart);
        Assert.Null(page.QuerySelector("#rename-form"));
        var response = await HandPosts.Post(fay, await Forms.Page(fay, $"/cohorts/{CohortPages.Demo}"), Chart, "rename",
            Forms.Fields(("given", "Dana"), ("reason", "Misspelt"), ("confirm", "yes")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Only clinical leads correct clients' names; nothing was changed.", CohortPages.Text(await Forms.Read(response), "#rename-error"));
        Assert.Equal("Delta D.", RosterName);
    }
}
