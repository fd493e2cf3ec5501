using Hl7.Fhir.Model;
using IopCurriculum.Actions.Tests.Support;
using IopCurriculum.Engine.Actions;

namespace IopCurriculum.Actions.Tests;

/// <summary>refresh-care-plan: the client's care plan as a transaction Bundle to each recipient's FHIR server, under consent.</summary>
public sealed class CarePlanPushTests : IDisposable
{
    private readonly ActionsHarness _a = new();
    private readonly FhirServerDouble _ehr = new();

    public void Dispose()
    {
        _ehr.Dispose();
        _a.Dispose();
    }

    private string Connect()
    {
        var recipient = Consenting.Everyone(_a.Engine);
        _a.Engine.Recipients.SetEndpoint(recipient, _ehr.Url.ToString(), "secret-token", "test");
        return recipient;
    }

    [Fact]
    public void TheCarePlanGoesToTheRecipientOfAClientWhoConsentedAndNoOtherClients()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        var recipient = Connect();
        _a.H.Enrol(ActionsHarness.CohortId, "B");

        _a.Drain();

        var bundle = Assert.Single(_ehr.Received);
        Assert.Equal(Bundle.BundleType.Transaction, bundle.Type);
        Assert.Equal("Bearer secret-token", Assert.Single(_ehr.Tokens));
        var patient = Assert.IsType<Patient>(bundle.Entry.Select(e => e.Resource).Single(r => r is Patient));
        Assert.Equal("A", patient.Identifier.Single().Value);
        Assert.Single(bundle.Entry, e => e.Resource is CarePlan);
        Assert.All(bundle.Entry, e => Assert.Equal(Bundle.HTTPVerb.PUT, e.Request!.Method));
        Assert.Contains(bundle.Meta!.Security, c => c.Code == "42CFRPart2");

        var rows = _a.Rows(WorkflowNames.RefreshCarePlan);
        var sentRow = rows.Single(r => r.Arguments.Contains("\"client\":\"A\"", StringComparison.Ordinal));
        Assert.Equal($"urn:uuid:{Guid.ParseExact(sentRow.IdempotencyKey, "N"):D}", bundle.Identifier!.Value);
        Assert.Equal(OutboxStates.Done, sentRow.State);
        Assert.StartsWith($"sent to {recipient} (Patient 1, CarePlan 1", sentRow.Outcome, StringComparison.Ordinal);
        var refusedRow = rows.Single(r => r.Arguments.Contains("\"client\":\"B\"", StringComparison.Ordinal));
        Assert.Equal(OutboxStates.Done, refusedRow.State);
        Assert.StartsWith($"not sent to {recipient}:", refusedRow.Outcome, StringComparison.Ordinal);

        var disclosed = Assert.Single(_a.Engine.Disclosures.Accounting("A"));
        Assert.Equal((recipient, CarePlanPushHandler.Channel, "dispatcher"), (disclosed.RecipientId, disclosed.Channel, disclosed.Actor));
        Assert.StartsWith("Patient 1, CarePlan 1", disclosed.What, StringComparison.Ordinal);
        Assert.Empty(_a.Engine.Disclosures.Accounting("B"));
    }

    [Fact]
    public void AServerThatKeepsFailingMakesAnIncidentAfterTheLastTryAndARetryClearsIt()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        Connect();
        _ehr.Answer(503, 503, 503);

        _a.Drain();
        var row = _a.Rows(WorkflowNames.RefreshCarePlan).Single();
        Assert.Equal((OutboxStates.Pending, 1), (row.State, row.Attempts));
        Assert.Contains("answered 503", row.LastError, StringComparison.Ordinal);
        Assert.Contains("try again later", row.LastError, StringComparison.Ordinal);
        // Not due again until its pause has passed.
        Assert.Equal(0, _a.Drain());
        Assert.Equal(row.LastFailureUtc!.Value + ActionsHarness.Settings.FirstPause, _a.Rows(WorkflowNames.RefreshCarePlan).Single().NextAttemptUtc);

        _a.PassPause();
        _a.Drain();
        _a.PassPause();
        _a.Drain();

        var incident = Assert.Single(_a.Engine.Actions.Incidents());
        Assert.Equal((WorkflowNames.RefreshCarePlan, "A", ActionsHarness.CohortId, 3), (incident.Action, incident.ClientId, incident.CohortId, incident.Attempts));
        Assert.Contains("answered 503", incident.Error, StringComparison.Ordinal);
        Assert.True(incident.LastFailure > incident.FirstFailure);
        Assert.Empty(_ehr.Received);
        _a.PassPause();
        Assert.Equal(0, _a.Drain());

        _a.Engine.Actions.Retry(incident.Id, ActionsHarness.Lead, "the EHR is back up");
        Assert.Equal(1, _a.Drain());

        Assert.Single(_ehr.Received);
        Assert.Empty(_a.Engine.Actions.Incidents());
        var status = Assert.Single(_a.Engine.Actions.OfJournal([row.JournalId]), s => s.Id == incident.Id);
        Assert.Equal(OutboxStates.Done, status.State);
        Assert.Equal(["failed", "failed", "incident", "retried", "step", "done"], status.Events.Select(e => e.Kind));
        Assert.Equal((ActionsHarness.Lead, "the EHR is back up"), (status.Events[3].Actor, status.Events[3].Text));
    }

    [Fact]
    public void AFailureAfterAFirstSuccessIsTriedAgainAndSentOnce()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        Connect();
        _a.Drain();
        _ehr.Answer(503);
        // Discharge asks for the care plan again.
        _a.Engine.Clinical.Discharge(new Engine.Recording.ClinicalRequest { CohortId = ActionsHarness.CohortId, ClientId = "A", Reason = "moved out of the area", Actor = "test" });

        _a.Drain();
        Assert.Single(_ehr.Received);
        _a.PassPause();
        _a.Drain();

        Assert.Equal(2, _ehr.Received.Count);
        Assert.All(_a.Rows(WorkflowNames.RefreshCarePlan), r => Assert.Equal(OutboxStates.Done, r.State));
        Assert.Equal(2, _a.Engine.Disclosures.Accounting("A").Count);
    }

    [Fact]
    public void ATokenFromTheServersOwnTokenServiceIsFetchedOnceAndCarried()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.Enrol(ActionsHarness.CohortId, "B");
        var recipient = Consenting.Everyone(_a.Engine);
        _ehr.RequireIssuedTokens = true;
        var set = _a.Engine.Recipients.SetEndpoint(recipient, _ehr.Url.ToString(), null, "test",
            new Engine.Consent.ClientCredentials(_ehr.TokenUrl, "ehr-client", "ehr-secret", "system/CarePlan.write system/Patient.write"));
        Assert.Equal("ehr-client", set!.Credentials!.ClientId);

        _a.Drain();

        Assert.Equal(2, _ehr.Received.Count);
        Assert.Equal(["system/CarePlan.write system/Patient.write"], _ehr.TokenRequests);
        Assert.Single(_ehr.Tokens.Distinct());
        Assert.StartsWith("Bearer issued-", _ehr.Tokens.First(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongClientSecretIsAFailureThatSaysWhatTheTokenServiceAnswered()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        var recipient = Consenting.Everyone(_a.Engine);
        _ehr.RequireIssuedTokens = true;
        _a.Engine.Recipients.SetEndpoint(recipient, _ehr.Url.ToString(), null, "test",
            new Engine.Consent.ClientCredentials(_ehr.TokenUrl, "ehr-client", "not-the-secret", Engine.Consent.ClientCredentials.DefaultScope));

        _a.Drain();

        var row = _a.Rows(WorkflowNames.RefreshCarePlan).Single();
        Assert.Equal(OutboxStates.Pending, row.State);
        Assert.Equal($"{recipient}'s token service answered 401 Unauthorized: invalid_client (unknown client or wrong secret)", row.LastError);
        Assert.Empty(_ehr.Received);
        var both = _a.H.AssertRefused(Engine.ProblemKind.Invalid, () => _a.Engine.Recipients.SetEndpoint(recipient, _ehr.Url.ToString(), "fixed", "test",
            new Engine.Consent.ClientCredentials(_ehr.TokenUrl, "ehr-client", "ehr-secret", "")));
        Assert.Contains("not both", both.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DismissingNeedsAReasonAndOnlyAnIncidentCanBeDismissed()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        Connect();
        _ehr.Answer(500);
        _a.Drain(ActionsHarness.Settings with { MaxAttempts = 1 });
        var incident = Assert.Single(_a.Engine.Actions.Incidents());

        var blank = _a.H.AssertRefused(Engine.ProblemKind.Invalid, () => _a.Engine.Actions.Dismiss(incident.Id, ActionsHarness.Lead, " "));
        Assert.Contains("say why", blank.Message, StringComparison.Ordinal);
        _a.Engine.Actions.Dismiss(incident.Id, ActionsHarness.Lead, "sent by hand from the EHR's own screen");
        Assert.Empty(_a.Engine.Actions.Incidents());
        var again = _a.H.AssertRefused(Engine.ProblemKind.Conflict, () => _a.Engine.Actions.Retry(incident.Id, ActionsHarness.Lead, "changed my mind"));
        Assert.Contains("is dismissed, not an incident", again.Message, StringComparison.Ordinal);
        _a.H.AssertRefused(Engine.ProblemKind.NotFound, () => _a.Engine.Actions.Retry(9999, ActionsHarness.Lead, "no such"));
        Assert.Equal(0, _a.Drain());
        Assert.Empty(_ehr.Received);
    }
}
