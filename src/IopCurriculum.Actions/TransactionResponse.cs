using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IopCurriculum.Engine.Actions;

namespace IopCurriculum.Actions;

/// <summary>
/// Reads what a FHIR server answered a transaction with. A 200 is not enough: the body must be a
/// transaction-response Bundle whose every entry succeeded, or the push counts as failed.
/// </summary>
internal static class TransactionResponse
{
    public static readonly FhirJsonDeserializer Reader = new(new DeserializerSettings());

    public static void Check(string recipient, string body)
    {
        Bundle answer;
        try
        {
            answer = Reader.Deserialize<Bundle>(body);
        }
        catch (Exception e) when (e is DeserializationFailedException or FormatException or InvalidOperationException or System.Text.Json.JsonException)
        {
            throw new ActionFailedException($"{recipient} answered with something that is not a FHIR Bundle: {e.Message}", e);
        }
        if (answer.Type != Bundle.BundleType.TransactionResponse)
            throw new ActionFailedException($"{recipient} answered with a {answer.Type?.ToString() ?? "untyped"} Bundle, not a transaction-response");
        var refused = answer.Entry.Select((entry, i) => (Status: entry.Response?.Status ?? "", Index: i))
            .Where(e => !e.Status.StartsWith('2')).ToList();
        if (refused.Count > 0)
            throw new ActionFailedException($"{recipient} did not take {refused.Count} of {answer.Entry.Count} entries (entry {refused[0].Index + 1}: '{refused[0].Status}')");
    }
}
