using Hl7.Fhir.Model;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Consent;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A client's 42 CFR Part 2 consent as an R4 privacy Consent: scope patient-privacy, category LOINC 59284-0,
/// the client as patient (and as the one who signed), the day it was signed, the program as the organization
/// disclosing, policy 42 CFR Part 2, and one provision permitting (or, for a refusal, denying) disclosure to
/// the named recipient for the named purposes over the consent's period. A consent that leaves progress notes
/// out says so in a nested provision denying DocumentReference. Revoked and expired consents are inactive.
/// </summary>
public static class ConsentResource
{
    public const string PatientConsentCode = "59284-0";
    public const string ScopeSystem = "http://terminology.hl7.org/CodeSystem/consentscope";
    public const string ParticipationTypeSystem = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public const string ResourceTypeSystem = "http://hl7.org/fhir/resource-types";
    public const string Part2Rule = "https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2";

    public static Hl7.Fhir.Model.Consent Build(ExportSettings settings, CohortContext cohort, ConsentView consent, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(keys);
        var terms = consent.Terms;
        var key = keys.Consent(terms.Id);
        var patient = new ResourceReference(keys.Patient.Reference(style));
        var declined = terms.Kind == ConsentKinds.Declined;
        var provision = new Hl7.Fhir.Model.Consent.provisionComponent
        {
            Type = declined ? Hl7.Fhir.Model.Consent.ConsentProvisionType.Deny : Hl7.Fhir.Model.Consent.ConsentProvisionType.Permit,
            Period = new Period { StartElement = SessionText.Date(terms.EffectiveOn), EndElement = terms.ExpiresOn is { } last ? SessionText.Date(last) : null },
            Actor = declined ? [] : [new Hl7.Fhir.Model.Consent.provisionActorComponent
            {
                Role = new CodeableConcept(ParticipationTypeSystem, "IRCP", "information recipient", null),
                Reference = Recipient(keys, terms, consent.RecipientName),
            }],
            Purpose = [.. terms.Purposes.Select(p => DisclosurePurposes.Words.Find(p)?.Code is { } code ? new Coding(DisclosurePurposes.CodeSystem, code) : null).OfType<Coding>()],
        };
        if (!declined && !terms.CoversProgressNotes)
            provision.Provision.Add(new Hl7.Fhir.Model.Consent.provisionComponent
            {
                Type = Hl7.Fhir.Model.Consent.ConsentProvisionType.Deny,
                Class = [new Coding(ResourceTypeSystem, "DocumentReference")],
            });
        return new Hl7.Fhir.Model.Consent
        {
            Id = withId ? key.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = Render(settings, consent, keys) },
            Identifier = [new Identifier(keys.ConsentSystem, keys.ConsentValue(terms.Id))],
            Status = consent.Standing is ConsentStanding.Revoked or ConsentStanding.Expired
                ? Hl7.Fhir.Model.Consent.ConsentState.Inactive : Hl7.Fhir.Model.Consent.ConsentState.Active,
            Scope = new CodeableConcept(ScopeSystem, "patient-privacy", "Privacy Consent", null),
            Category = [new CodeableConcept(CodeSystems.Loinc, PatientConsentCode, "Patient Consent", null)],
            Patient = patient,
            DateTimeElement = SessionText.Date(terms.SignedOn),
            Performer = [new ResourceReference(keys.Patient.Reference(style))],
            // The program is known only by name: no Organization resource is exported to point at.
            Organization = [new ResourceReference { Display = cohort.Program.Name }],
            Policy = [new Hl7.Fhir.Model.Consent.PolicyComponent { Authority = Part2Rule, Uri = Part2Rule }],
            PolicyRule = new CodeableConcept(CodeSystems.ActCode, "42CFRPart2", "42 CFR Part2", null),
            Provision = provision,
        };
    }

    /// <summary>An organization by its identifier and name, or a class of recipient by name alone: neither is exported as a resource.</summary>
    private static ResourceReference Recipient(ClientKeys keys, ConsentTerms terms, string name) =>
        terms.RecipientId is { } id
            ? new ResourceReference { Identifier = new Identifier(Naming.IdentifierSystem(keys.ProgramId, "recipient"), id), Display = name }
            : new ResourceReference { Display = name };

    /// <summary>What a reader of the narrative needs: to whom, for what, covering what, from when to when, and whether it still stands.</summary>
    private static string Render(ExportSettings settings, ConsentView consent, ClientKeys keys)
    {
        var terms = consent.Terms;
        var html = new Xhtml()
            .Labelled("Consent", ConsentKinds.Words.Label(terms.Kind))
            .Labelled("Client", keys.ClientId);
        if (terms.Kind != ConsentKinds.Declined)
        {
            html.Labelled("Recipient", consent.RecipientName)
                .Labelled("Purposes", string.Join(", ", terms.Purposes.Select(DisclosurePurposes.Words.Label)));
            if (consent.PurposeText is { Length: > 0 } why) html.Labelled("Specific purpose", why);
            html.Labelled("Covers", ConsentCoverage.Words.Label(terms.Covers))
                .Labelled("In effect", terms.ExpiresOn is { } last ? $"{SessionText.Day(terms.EffectiveOn)} to {SessionText.Day(last)}" : $"from {SessionText.Day(terms.EffectiveOn)} until revoked");
        }
        html.Labelled("Signed", SessionText.Day(terms.SignedOn) + (consent.Witness is { Length: > 0 } witness ? $", witnessed by {witness}" : ""));
        if (consent.RevokedOn is { } revoked) html.Labelled("Revoked", SessionText.Day(revoked));
        return html.Element("p", settings.Notice).ToString();
    }
}
