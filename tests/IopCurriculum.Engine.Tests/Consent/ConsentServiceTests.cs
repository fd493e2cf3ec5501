using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Consent;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Consent;

/// <summary>Recording and revoking consents, break-glass, and the gate every channel asks, with a fake clock.</summary>
public sealed class ConsentServiceTests : IDisposable
{
    private const string Password = "a long enough password";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 4, 9, 0));
    private readonly string _cohort;

    public ConsentServiceTests()
    {
        _h.CreateProgram();
        _cohort = _h.CreateCohort(new LocalDate(2027, 1, 4)).Id;
        foreach (var client in new[] { "C-1", "C-2", "C-3" }) _h.Enrol(_cohort, client, 1);
        _h.Engine.Users.Create("lee", "Lee", Password, Roles.ClinicalLead, "setup");
        _h.Engine.Users.Create("fay", "Fay", Password, Roles.Facilitator, "setup");
        _h.Engine.Users.Create("otto", "Otto", Password, Roles.Facilitator, "setup");
        _h.Engine.Users.Create("ian", "Ian", Password, Roles.Integrator, "setup");
        _h.Engine.Users.AssignCohort("fay", _cohort, "setup");
        _h.Engine.Recipients.Add("county-ehr", "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "lee");
        _h.Engine.Recipients.Add("state-plan", "State Plan", RecipientClasses.HealthPlan, DisclosurePurposes.Payment, "lee");
    }

    public void Dispose() => _h.Dispose();

    private static ConsentDraft Tpo(string? recipient = "county-ehr", LocalDate? expires = null, string covers = ConsentCoverage.All) =>
        new(ConsentKinds.Tpo, recipient, null, [], null, covers, new(2027, 1, 4), expires, new(2027, 1, 4), "Wes Witness");

    private string Stored()
    {
        using var db = _h.Database.Open();
        return string.Join(";", db.Consents.AsNoTracking().OrderBy(c => c.Id).AsEnumerable().Select(c => $"{c.Id} {c.Kind} {c.RevokedUtc}"))
            + "|" + db.ConsentForms.Count() + "|" + db.BreakGlass.Count();
    }

    [Fact]
    public void AFacilitatorOfTheClientsCohortRecordsATpoConsentThatCoversAllThreePurposes()
    {
        var id = _h.Engine.Consents.Record("C-1", Tpo(), new ScannedForm("scan.pdf", "%PDF-1.7 signed form"u8.ToArray()), "fay");
        var view = Assert.Single(_h.Engine.Consents.ForClient("C-1"));
        Assert.Equal(id, view.Terms.Id);
        Assert.Equal(DisclosurePurposes.Tpo, view.Terms.Purposes);
        Assert.Equal(ConsentStanding.Active, view.Standing);
        Assert.Equal("County EHR", view.RecipientName);
        Assert.Equal("scan.pdf", view.Form!.Value.FileName);
        Assert.Equal("application/pdf", _h.Engine.Consents.Form(id)!.Value.ContentType);
        Assert.Contains(_h.Engine.Audit.Read(new AuditQuery(Actor: "fay")), a => a.Action == "consent-record" && a.Resource.StartsWith("client C-1", StringComparison.Ordinal));
    }

    [Fact]
    public void BadConsentsAreRefusedWithTheirReasonAndNothingIsWritten()
    {
        var before = Stored();
        Assert.Contains("expires on 2027-01-02, before it takes effect on 2027-01-04",
            Assert.Throws<EngineException>(() => _h.Engine.Consents.Record("C-1", Tpo(expires: new(2027, 1, 2)), null, "fay")).Message, StringComparison.Ordinal);
        Assert.Equal("there is no recipient 'nobody-ehr'; the recipients are county-ehr, state-plan",
            Assert.Throws<EngineException>(() => _h.Engine.Consents.Record("C-1", Tpo("nobody-ehr"), null, "fay")).Message);
        Assert.Equal("there is no client 'C-9'", Assert.Throws<EngineException>(() => _h.Engine.Consents.Record("C-9", Tpo(), null, "fay")).Message);
        Assert.Contains("'otto' is not one", Assert.Throws<EngineException>(() => _h.Engine.Consents.Record("C-1", Tpo(), null, "otto")).Message, StringComparison.Ordinal);
        Assert.Equal("the scanned form 'scan.pdf' is not a PDF, PNG or JPEG file",
            Assert.Throws<EngineException>(() => _h.Engine.Consents.Record("C-1", Tpo(), new ScannedForm("scan.pdf", "<script>alert(1)</script>"u8.ToArray()), "fay")).Message);
        Assert.Equal(before, Stored());
    }

    [Fact]
    public void ARevocationTakesEffectOnTheVeryNextDecisionAndTheConsentsTermsStayLocked()
    {
        var id = _h.Engine.Consents.Record("C-1", Tpo(), null, "fay");
        Assert.True(_h.Engine.Disclosures.Decide("county-ehr", null, ["C-1"]).Allows("C-1"));
        Assert.Contains("before it was signed on 2027-01-04",
            Assert.Throws<EngineException>(() => _h.Engine.Consents.Revoke(id, new LocalDate(2027, 1, 3), null, "fay")).Message, StringComparison.Ordinal);

        _h.Engine.Consents.Revoke(id, new LocalDate(2027, 1, 4), "Client phoned to withdraw.", "fay");
        var decision = _h.Engine.Disclosures.Decide("county-ehr", null, ["C-1"]);
        Assert.False(decision.Allows("C-1"));
        Assert.Equal("the consent to County EHR was revoked", decision.Refused["C-1"]);
        Assert.Equal("consent " + id + " was not revoked: consent " + id + " is already revoked",
            Assert.Throws<EngineException>(() => _h.Engine.Consents.Revoke(id, new LocalDate(2027, 1, 4), null, "fay")).Message);

        using var db = _h.Database.Open();
        var row = db.Consents.Single(c => c.Id == id);
        row.Purposes = "research";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Fact]
    public void TheGateAllowsExactlyTheConsentedClientsAndRecordsTheAccountingOfDisclosures()
    {
        _h.Engine.Consents.Record("C-1", Tpo(), null, "fay");
        _h.Engine.Consents.Record("C-2", Tpo(expires: new(2027, 1, 10)), null, "fay");
        _h.Engine.Consents.Record("C-3", Tpo("state-plan"), null, "fay");
        _h.SetLocal(new LocalDateTime(2027, 1, 11, 9, 0));

        var decision = _h.Engine.Disclosures.Decide("county-ehr", null, ["C-1", "C-2", "C-3"]);
        Assert.Equal(["C-1"], decision.Allowed.Keys);
        Assert.Equal("the consent to County EHR has expired", decision.Refused["C-2"]);
        Assert.Equal("no consent names County EHR", decision.Refused["C-3"]);
        Assert.True(_h.Engine.Disclosures.Decide("state-plan", null, ["C-3"]).Allows("C-3"));
        Assert.False(_h.Engine.Disclosures.Decide("state-plan", DisclosurePurposes.Research, ["C-3"]).Allows("C-3"));

        _h.Engine.Disclosures.Record(decision, new Dictionary<string, string> { ["C-1"] = "Patient 1, CarePlan 1" }, "fhir-search", "ian");
        var line = Assert.Single(_h.Engine.Disclosures.Accounting("C-1"));
        Assert.Equal(("County EHR", "treatment", "fhir-search", "Patient 1, CarePlan 1", "ian"), (line.RecipientName, line.Purpose, line.Channel, line.What, line.Actor));
        Assert.NotNull(line.ConsentId);
        Assert.Empty(_h.Engine.Disclosures.Accounting("C-2"));
        Assert.Contains(_h.Engine.Audit.Read(new AuditQuery(Actor: "ian", Action: "disclosure-refused")), a => a.Resource.StartsWith("client C-2 to recipient county-ehr", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => _h.Engine.Disclosures.Record(decision, new Dictionary<string, string> { ["C-2"] = "Patient 1" }, "fhir-search", "ian"));
    }

    [Fact]
    public void ABreakGlassDeclaredByAClinicalLeadLetsOneRecipientReadOneClientUntilItEnds()
    {
        Assert.Contains("only a clinical lead", Assert.Throws<EngineException>(() => _h.Engine.BreakGlass.Declare("C-1", "county-ehr", "Overdose in the ED", Duration.FromHours(4), "fay")).Message, StringComparison.Ordinal);
        Assert.Contains("the emergency is empty", Assert.Throws<EngineException>(() => _h.Engine.BreakGlass.Declare("C-1", "county-ehr", " ", Duration.FromHours(4), "lee")).Message, StringComparison.Ordinal);
        Assert.Contains("from a minute to 72 hours", Assert.Throws<EngineException>(() => _h.Engine.BreakGlass.Declare("C-1", "county-ehr", "Overdose", Duration.FromHours(100), "lee")).Message, StringComparison.Ordinal);

        var glass = _h.Engine.BreakGlass.Declare("C-1", "county-ehr", "Overdose in the ED", Duration.FromHours(4), "lee");
        var basis = _h.Engine.Disclosures.Decide("county-ehr", null, ["C-1", "C-2"]);
        Assert.Equal(["C-1"], basis.Allowed.Keys);
        Assert.Equal((long?)glass.Id, basis.Allowed["C-1"].BreakGlassId);
        Assert.False(_h.Engine.Disclosures.Decide("state-plan", null, ["C-1"]).Allows("C-1"));

        _h.SetInstant(_h.Now + Duration.FromHours(4));
        Assert.False(_h.Engine.Disclosures.Decide("county-ehr", null, ["C-1"]).Allows("C-1"));
        Assert.Equal("Overdose in the ED", Assert.Single(_h.Engine.BreakGlass.List()).Reason);
    }

    [Fact]
    public void AnIntegratorActsForARecipientThatExists()
    {
        Assert.Equal("county-ehr", _h.Engine.Users.SetRecipient("ian", "County-EHR", "admin").RecipientId);
        Assert.Contains("there is no recipient 'x'", Assert.Throws<EngineException>(() => _h.Engine.Users.SetRecipient("ian", "x", "admin")).Message, StringComparison.Ordinal);
        Assert.Contains("is not an integrator", Assert.Throws<EngineException>(() => _h.Engine.Users.SetRecipient("fay", "county-ehr", "admin")).Message, StringComparison.Ordinal);
        Assert.Equal("recipient 'county-ehr' already exists",
            Assert.Throws<EngineException>(() => _h.Engine.Recipients.Add("county-ehr", "Again", RecipientClasses.Other, DisclosurePurposes.Treatment, "lee")).Message);
    }
}
