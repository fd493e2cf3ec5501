using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Resources;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Plans.Diagnoses;

namespace IopCurriculum.Fhir.Checks;

/// <summary>
/// What Firely's <c>Validate()</c> does not check but an export must hold to: cpl-3, that every reference
/// resolves within the export to a resource of the type its element allows, the US Core category, a
/// Patient as every care plan's subject, confirmed SNOMED and listed ICD-10-CM codes only, a progress
/// note's LOINC type, category and text attachment, that a QuestionnaireResponse answers a Questionnaire in the
/// export with its items and answers, that a measure's Observations are surveys with a score or a reason for
/// none, LOINC codes only where an instrument's data gives them, and the Part 2 labels and notice on everything
/// about a client. Returns one line per problem; none means the set is sound.
/// </summary>
public static class ExportChecks
{
    private static readonly HashSet<string> AboutClients = new(StringComparer.Ordinal) { "Patient", "CarePlan", "Condition", "Goal", "CareTeam", "Encounter", "Observation", "QuestionnaireResponse", "DocumentReference", "Consent", "Group" };

    /// <param name="resources">Each resource with its fullUrl (bundles) or null (bulk files, where resources carry ids).</param>
    public static IReadOnlyList<string> Check(IReadOnlyList<(string? FullUrl, Resource Resource)> resources, string notice)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var index = new ExportIndex(resources);
        var problems = new List<string>();
        foreach (var (fullUrl, resource) in resources)
        {
            var name = $"{resource.TypeName} {fullUrl ?? resource.Id}";
            foreach (var (path, reference) in ReferenceWalker.All(resource, resource.TypeName))
            {
                if (reference.Reference is null) continue;
                var target = index.Resolve(reference.Reference);
                if (target is null) problems.Add($"{name}: {path} '{reference.Reference}' does not resolve within the export");
                else if (Allowed(path) is { } allowed && !allowed.Contains(target.TypeName))
                    problems.Add($"{name}: {path} points at a {target.TypeName}; only {string.Join(" or ", allowed)} may be");
            }
            if (AboutClients.Contains(resource.TypeName)) CheckPart2(name, resource, notice, problems);
            if (resource is CarePlan carePlan) CheckCarePlan(name, carePlan, index, problems);
            CheckSnomed(name, resource, problems);
            if (resource is Condition condition) CheckCondition(name, condition, problems);
            if (resource is DocumentReference document) CheckDocument(name, document, index, problems);
            if (resource is Hl7.Fhir.Model.Consent consent) CheckConsent(name, consent, index, problems);
            if (resource is QuestionnaireResponse response) MeasureChecks.CheckResponse(name, response, index, problems);
            if (resource is Observation { Category: var categories } observation && categories.Any(MeasureChecks.IsSurvey))
                MeasureChecks.CheckObservation(name, observation, problems);
            MeasureChecks.CheckLoinc(name, resource, problems);
        }
        return problems;
    }

    /// <summary>The resource types an element may point at, where this export uses it.</summary>
    private static string[]? Allowed(string path)
    {
        var element = string.Join('.', path.Split('.').Select(p => p.Split('[')[0]));
        return element switch
        {
            "CarePlan.subject" or "Encounter.subject" or "Observation.subject" or "Group.member.entity" or "QuestionnaireResponse.subject" or "QuestionnaireResponse.source"
                or "Condition.subject" or "Goal.subject" or "CareTeam.subject" or "DocumentReference.subject"
                or "Consent.patient" or "Consent.performer" => ["Patient"],
            "DocumentReference.context.encounter" => ["Encounter"],
            "Observation.derivedFrom" => ["QuestionnaireResponse"],
            "Observation.hasMember" => ["Observation"],
            "CarePlan.activity.outcomeReference" => ["Encounter"],
            "CarePlan.addresses" or "Goal.addresses" => ["Condition"],
            "CarePlan.goal" or "CarePlan.activity.detail.goal" => ["Goal"],
            "CarePlan.careTeam" => ["CareTeam"],
            _ => null,
        };
    }

    private static void CheckCarePlan(string name, CarePlan carePlan, ExportIndex index, List<string> problems)
    {
        for (var i = 0; i < carePlan.Activity.Count; i++)
        {
            var activity = carePlan.Activity[i];
            if ((activity.Detail is null) == (activity.Reference is null))
                problems.Add($"{name}: activity[{i}] breaks cpl-3: it must have a detail or a reference, not both or neither");
        }
        if (!carePlan.Category.Any(c => c.Coding.Any(x => x.System == CodeSystems.UsCoreCarePlanCategory && x.Code == "assess-plan")))
            problems.Add($"{name}: no US Core category assess-plan");
        if (carePlan.Subject?.Reference is null || index.Resolve(carePlan.Subject.Reference) is not Patient)
            problems.Add($"{name}: the subject must be a Patient in the export");
        foreach (var canonical in carePlan.InstantiatesCanonical)
            if (canonical is null || index.Canonical(canonical) is not PlanDefinition)
                problems.Add($"{name}: instantiatesCanonical {canonical} names no PlanDefinition in the export");
    }

    /// <summary>
    /// A progress note: LOINC 11506-3, US Core's clinical-note category, a Patient in the export as subject,
    /// the Part 2 labels on the document itself too, and its text as a plain-text attachment.
    /// </summary>
    private static void CheckDocument(string name, DocumentReference document, ExportIndex index, List<string> problems)
    {
        if (document.Type?.Coding.Any(c => c.System == CodeSystems.Loinc && c.Code == DocumentReferenceResource.ProgressNoteCode) != true)
            problems.Add($"{name}: the type is not LOINC {DocumentReferenceResource.ProgressNoteCode} Progress note");
        if (!document.Category.Any(c => c.Coding.Any(x => x.System == CodeSystems.UsCoreDocumentReferenceCategory && x.Code == "clinical-note")))
            problems.Add($"{name}: no US Core category clinical-note");
        if (document.Subject?.Reference is null || index.Resolve(document.Subject.Reference) is not Patient)
            problems.Add($"{name}: the subject must be a Patient in the export");
        if (!document.SecurityLabel.Any(l => l.Coding.Any(c => c.System == CodeSystems.ActCode && c.Code == "42CFRPart2")))
            problems.Add($"{name}: securityLabel lacks 42CFRPart2");
        if (document.Content.Count == 0 || document.Content.Any(c => c.Attachment is not { ContentType: DocumentReferenceResource.ContentType, Data.Length: > 0 }))
            problems.Add($"{name}: every content must be a {DocumentReferenceResource.ContentType} attachment with its data");
    }

    /// <summary>
    /// A Part 2 consent: privacy scope, LOINC 59284-0, a Patient in the export as patient, a policy (ppc-1,
    /// which <c>Validate()</c> leaves alone) naming 42 CFR Part 2, and a provision saying to whom it permits or denies.
    /// </summary>
    private static void CheckConsent(string name, Hl7.Fhir.Model.Consent consent, ExportIndex index, List<string> problems)
    {
        if (consent.Scope?.Coding.Any(c => c.System == ConsentResource.ScopeSystem && c.Code == "patient-privacy") != true)
            problems.Add($"{name}: the scope is not patient-privacy");
        if (!consent.Category.Any(c => c.Coding.Any(x => x.System == CodeSystems.Loinc && x.Code == ConsentResource.PatientConsentCode)))
            problems.Add($"{name}: no category LOINC {ConsentResource.PatientConsentCode} Patient Consent");
        if (consent.Patient?.Reference is null || index.Resolve(consent.Patient.Reference) is not Patient)
            problems.Add($"{name}: the patient must be a Patient in the export");
        if (consent.Policy.Count == 0 && consent.PolicyRule is null)
            problems.Add($"{name}: breaks ppc-1: it needs a policy or a policy rule");
        if (consent.PolicyRule?.Coding.Any(c => c.System == CodeSystems.ActCode && c.Code == "42CFRPart2") != true)
            problems.Add($"{name}: the policy rule is not 42 CFR Part 2");
        if (consent.Provision is not { Type: not null, Period.Start: not null })
            problems.Add($"{name}: the provision must say whether it permits or denies, and from when");
        else if (consent.Provision.Type == Hl7.Fhir.Model.Consent.ConsentProvisionType.Permit
            && (consent.Provision.Actor.Count == 0 || consent.Provision.Purpose.Count == 0))
            problems.Add($"{name}: a permitting provision must name its recipient and its purposes");
    }

    private static void CheckPart2(string name, Resource resource, string notice, List<string> problems)
    {
        var security = resource.Meta?.Security ?? [];
        if (!security.Any(c => c.System == CodeSystems.ActCode && c.Code == "42CFRPart2")
            || !security.Any(c => c.System == CodeSystems.Confidentiality && c.Code == "R"))
            problems.Add($"{name}: missing the 42CFRPart2 and R security labels");
        if (resource is DomainResource { Text.Div: { } div } && !div.Contains(notice, StringComparison.Ordinal))
            problems.Add($"{name}: the narrative lacks the redisclosure notice");
        else if (resource is DomainResource { Text: null })
            problems.Add($"{name}: no narrative");
    }

    /// <summary>US Core's problem-list category, and ICD-10-CM codes only from the list plans are written from.</summary>
    private static void CheckCondition(string name, Condition condition, List<string> problems)
    {
        if (!condition.Category.Any(c => c.Coding.Any(x => x.System == CodeSystems.ConditionCategory && x.Code == "problem-list-item")))
            problems.Add($"{name}: no US Core category problem-list-item");
        foreach (var coding in condition.Code?.Coding ?? [])
            if (coding.System == DiagnosisCodes.System && (coding.Code is null || DiagnosisCodes.Find(coding.Code)?.Code != coding.Code))
                problems.Add($"{name}: ICD-10-CM {coding.Code} is not a listed code");
    }

    private static void CheckSnomed(string name, Resource resource, List<string> problems)
    {
        var codes = resource switch
        {
            CarePlan c => c.Activity.Select(a => a.Detail?.Code).OfType<CodeableConcept>(),
            Encounter e => e.Type,
            ActivityDefinition a => a.Code is null ? [] : [a.Code],
            PlanDefinition p => p.Action.SelectMany(a => a.Code),
            _ => [],
        };
        foreach (var coding in codes.SelectMany(c => c.Coding).Where(c => c.System == CodeSystems.Snomed))
            if (coding.Code is null || !ConfirmedSnomed.Displays.ContainsKey(coding.Code))
                problems.Add($"{name}: SNOMED {coding.Code} is not a confirmed code");
    }
}
