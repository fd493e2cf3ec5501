namespace IopCurriculum.Consent;

/// <summary>A word from one of the consent vocabularies, with what staff read and, where FHIR has one, its code.</summary>
/// <param name="Word">What the CLI and the database use, such as <c>treatment</c>.</param>
/// <param name="Label">What staff read, such as "Treatment".</param>
/// <param name="Code">The HL7 v3 code FHIR exports give it, such as <c>TREAT</c>, or null.</param>
public sealed record Term(string Word, string Label, string? Code = null);

/// <summary>One closed list of <see cref="Term"/>s and the refusal that names the words there are.</summary>
public sealed class Vocabulary(string what, IReadOnlyList<Term> terms)
{
    public IReadOnlyList<Term> All { get; } = terms;

    public Term? Find(string? word) => All.FirstOrDefault(t => string.Equals(t.Word, word?.Trim(), StringComparison.OrdinalIgnoreCase));

    public string Label(string word) => Find(word)?.Label ?? word;

    public string Unknown(string? word) => $"there is no {what} '{word}'; use {string.Join(", ", All.Select(t => t.Word))}";
}

/// <summary>What a consent is.</summary>
public static class ConsentKinds
{
    /// <summary>The single consent of the 2024 rule: treatment, payment and health-care operations, until revoked.</summary>
    public const string Tpo = "tpo";
    public const string Specific = "specific";
    /// <summary>The client was asked and declined: recorded so nobody asks as if for the first time, and it allows nothing.</summary>
    public const string Declined = "declined";

    public static Vocabulary Words { get; } = new("kind of consent",
    [
        new(Tpo, "Treatment, payment and health-care operations"),
        new(Specific, "A specific purpose"),
        new(Declined, "Declined to consent"),
    ]);
}

/// <summary>Why records are disclosed, with the HL7 v3 ActReason code each is exported as.</summary>
public static class DisclosurePurposes
{
    public const string Treatment = "treatment";
    public const string Payment = "payment";
    public const string Operations = "operations";
    public const string Research = "research";
    public const string ClientRequest = "client-request";
    /// <summary>A medical emergency (42 CFR 2.51): never consented to, only declared as a break-glass.</summary>
    public const string Emergency = "emergency";

    public const string CodeSystem = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

    public static IReadOnlyList<string> Tpo { get; } = [Treatment, Payment, Operations];

    /// <summary>The purposes a consent may name.</summary>
    public static Vocabulary Words { get; } = new("purpose",
    [
        new(Treatment, "Treatment", "TREAT"),
        new(Payment, "Payment", "HPAYMT"),
        new(Operations, "Health-care operations", "HOPERAT"),
        new(Research, "Research", "HRESCH"),
        new(ClientRequest, "At the client's request", "PATRQT"),
    ]);

    public static Term EmergencyTerm { get; } = new(Emergency, "Medical emergency", "ETREAT");

    /// <summary>The purposes a recipient's own requests may be made for.</summary>
    public static Vocabulary RecipientWords { get; } = new("purpose", [.. Words.All.Where(t => Tpo.Contains(t.Word))]);
}

/// <summary>Classes of recipient a consent may name instead of one organization ("my treating providers").</summary>
public static class RecipientClasses
{
    public const string TreatingProvider = "treating-provider";
    public const string HealthPlan = "health-plan";
    public const string InformationExchange = "information-exchange";
    public const string Other = "other";

    public static Vocabulary Words { get; } = new("class of recipient",
    [
        new(TreatingProvider, "Treating providers"),
        new(HealthPlan, "Health plans and payers"),
        new(InformationExchange, "Health information exchanges"),
        new(Other, "Other organizations"),
    ]);
}

/// <summary>Which of the client's SUD records a consent covers. SUD counseling notes are never covered: they need a consent of their own and are never exported.</summary>
public static class ConsentCoverage
{
    public const string All = "all";
    public const string NoProgressNotes = "no-progress-notes";

    public static Vocabulary Words { get; } = new("coverage",
    [
        new(All, "All SUD records (never SUD counseling notes)"),
        new(NoProgressNotes, "All SUD records except progress notes"),
    ]);
}
