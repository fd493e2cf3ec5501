using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bundle = Hl7.Fhir.Model.Bundle;
using OperationOutcome = Hl7.Fhir.Model.OperationOutcome;
using Hl7.Fhir.Serialization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Consent;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Push;
using IopCurriculum.Workflows;

namespace IopCurriculum.Actions;

/// <summary>
/// <c>refresh-care-plan</c>: the client's care plan, rebuilt from the record as it stands, sent as a
/// transaction Bundle to each recipient with a FHIR server, for clients whose consent covers that
/// recipient; each push is written to the client's accounting of disclosures. A recipient that answers
/// with an error fails the action, which is tried again (the recipients already reached are not sent
/// to twice) and, in the end, becomes an incident.
/// </summary>
internal sealed class CarePlanPushHandler(IopEngine engine, HttpClient http, AccessTokens tokens) : IActionHandler
{
    public const string Channel = "ehr-push";

    private readonly CarePlanTransaction _transaction = new(engine);

    public string Action => WorkflowActionNames.RefreshCarePlan;

    public async Task<string> RunAsync(ClaimedAction action, CancellationToken cancel)
    {
        if (action.ClientId is not { } clientId || action.EnrolmentId is not { } enrolmentId)
            throw new ActionFailedException($"action {action.Id} names no client whose care plan could be sent");
        var endpoints = engine.Recipients.Endpoints();
        if (endpoints.Count == 0) return "no recipient has a FHIR server to send care plans to, so none was sent";
        var done = engine.Actions.StepsDone(action.Id);
        var sent = new List<string>();
        var failed = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var recipient = endpoint.Recipient.Id;
            var step = $"sent to {recipient}";
            if (done.Contains(step))
            {
                sent.Add(step);
                continue;
            }
            var decision = engine.Disclosures.Decide(recipient, null, [clientId]);
            if (!decision.Allows(clientId))
            {
                engine.Disclosures.Record(decision, new Dictionary<string, string>(), Channel, Actors.Dispatcher);
                sent.Add($"not sent to {recipient}: {decision.Refused[clientId]}");
                continue;
            }
            var release = new ClientRelease(decision.Allowed[clientId].ProgressNotes, decision.Recipient);
            if (_transaction.Build(action.CohortId, enrolmentId, release, action.IdempotencyKey) is not { } built)
                return $"client {clientId} is no longer in cohort {action.CohortId}; nothing was sent";
            try
            {
                await SendAsync(endpoint, built.Bundle, cancel).ConfigureAwait(false);
            }
            catch (ActionFailedException e)
            {
                failed.Add(e.Message);
                continue;
            }
            engine.Disclosures.Record(decision, new Dictionary<string, string> { [clientId] = built.What }, Channel, Actors.Dispatcher);
            engine.Actions.MarkStep(action, step);
            sent.Add($"{step} ({built.What})");
        }
        if (failed.Count > 0)
            throw new ActionFailedException(string.Join("; ", failed) + (sent.Count > 0 ? $"; meanwhile {string.Join("; ", sent)}" : ""));
        return string.Join("; ", sent);
    }

    private async Task SendAsync(RecipientEndpoint endpoint, Bundle bundle, CancellationToken cancel)
    {
        var name = endpoint.Recipient.Id;
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(FhirJsonSerializer.Default.SerializeToString(bundle), Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
        if (await tokens.ForAsync(endpoint, cancel).ConfigureAwait(false) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using (var response = await Outbound.SendAsync(http, request, name, cancel).ConfigureAwait(false))
        {
            var body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            // A refused token may have been revoked early: the next try asks for a new one.
            if (response.StatusCode == HttpStatusCode.Unauthorized) tokens.Forget(endpoint);
            if (!response.IsSuccessStatusCode)
                throw new ActionFailedException($"{name} answered {(int)response.StatusCode} {response.ReasonPhrase}{Problem(body)}");
            TransactionResponse.Check(name, body);
        }
    }

    /// <summary>What an OperationOutcome in an error answer says, if the body is one.</summary>
    private static string Problem(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return "";
        try
        {
            var outcome = TransactionResponse.Reader.Deserialize<OperationOutcome>(body);
            var said = string.Join("; ", outcome.Issue.Select(i => i.Diagnostics ?? i.Details?.Text).OfType<string>());
            return said.Length == 0 ? "" : $": {said}";
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or DeserializationFailedException or System.Text.Json.JsonException)
        {
            return "";
        }
    }
}
