using IopCurriculum.Consent;
using NodaTime;

namespace IopCurriculum.Consent.Tests;

/// <summary>What a consent must say to be recorded, and when it may be revoked.</summary>
public sealed class ConsentRulesTests
{
    private static readonly LocalDate Today = new(2027, 2, 1);

    private static ConsentDraft Draft(string kind = ConsentKinds.Tpo, string? recipient = "county-ehr", string? @class = null, string[]? purposes = null,
        LocalDate? effective = null, LocalDate? expires = null, LocalDate? signed = null, string? purposeText = null) =>
        new(kind, recipient, @class, purposes ?? [.. DisclosurePurposes.Tpo], purposeText, ConsentCoverage.All,
            effective ?? new(2027, 1, 4), expires, signed ?? new(2027, 1, 4), "Wes Witness");

    [Fact]
    public void ATpoConsentToOneOrganizationUntilRevokedIsAccepted() => Assert.Empty(ConsentRules.Problems(Draft(), Today));

    [Fact]
    public void DatesOutOfOrderAreEachNamed()
    {
        Assert.Equal(["it expires on 2027-01-10, before it takes effect on 2027-01-20"],
            ConsentRules.Problems(Draft(effective: new(2027, 1, 20), expires: new(2027, 1, 10), signed: new(2027, 1, 4)), Today));
        Assert.Equal(["it takes effect on 2027-01-02, before it was signed on 2027-01-04; a consent is not retroactive"],
            ConsentRules.Problems(Draft(effective: new(2027, 1, 2)), Today));
        Assert.Contains("it is signed on 2027-02-02, which is after today (2027-02-01)", ConsentRules.Problems(Draft(signed: new(2027, 2, 2), effective: new(2027, 2, 2)), Today));
    }

    [Fact]
    public void ATpoConsentNamesExactlyOneRecipientOrClassAndOnlyTpoPurposes()
    {
        Assert.Equal(["name the recipient: one organization, or a class of recipient"], ConsentRules.Problems(Draft(recipient: null), Today));
        Assert.Equal(["name the recipient: one organization, or a class of recipient"], ConsentRules.Problems(Draft(@class: RecipientClasses.HealthPlan), Today));
        Assert.Contains("needs a specific-purpose consent", Assert.Single(ConsentRules.Problems(Draft(purposes: [DisclosurePurposes.Research]), Today)), StringComparison.Ordinal);
        Assert.Equal(["there is no purpose 'fun'; use treatment, payment, operations, research, client-request"], ConsentRules.Problems(Draft(purposes: ["fun"]), Today));
    }

    [Fact]
    public void ASpecificPurposeConsentSaysWhatForAndWhenItExpires()
    {
        Assert.Equal(["say what the specific purpose is, as the form does", "a specific-purpose consent needs the date it expires"],
            ConsentRules.Problems(Draft(kind: ConsentKinds.Specific, purposes: [DisclosurePurposes.ClientRequest]), Today));
        Assert.Empty(ConsentRules.Problems(Draft(kind: ConsentKinds.Specific, purposes: [DisclosurePurposes.ClientRequest], purposeText: "Letter to her employer", expires: new(2027, 6, 1)), Today));
    }

    [Fact]
    public void ARevocationCannotPrecedeTheSignatureOrFollowToday()
    {
        var consent = new ConsentTerms(1, "c-1", ConsentKinds.Tpo, "county-ehr", null, DisclosurePurposes.Tpo, ConsentCoverage.All, new(2027, 1, 4), null, new(2027, 1, 4), null);
        Assert.Equal("it is revoked on 2027-01-03, before it was signed on 2027-01-04", ConsentRules.RevocationProblem(consent, new(2027, 1, 3), Today));
        Assert.Contains("after today", ConsentRules.RevocationProblem(consent, Today.PlusDays(1), Today), StringComparison.Ordinal);
        Assert.Null(ConsentRules.RevocationProblem(consent, Today, Today));
        Assert.Equal("consent 1 is already revoked", ConsentRules.RevocationProblem(consent with { RevokedAt = Instant.FromUtc(2027, 1, 30, 0, 0) }, Today, Today));
    }
}
