namespace IopCurriculum.Fhir.Serving;

/// <summary>Who a FHIR answer goes to: the integrator asking and the recipient organization they act for.</summary>
/// <param name="Actor">The integrator's user name, as the audit names them.</param>
/// <param name="RecipientId">The recipient their consent is looked for under.</param>
public sealed record Audience(string Actor, string RecipientId);
