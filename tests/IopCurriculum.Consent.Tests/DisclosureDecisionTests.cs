using IopCurriculum.Consent;
using NodaTime;

namespace IopCurriculum.Consent.Tests;

/// <summary>The one rule channels ask: which consent, or break-glass, lets a client's records go to a recipient on a day.</summary>
public sealed class DisclosureDecisionTests
{
    private static readonly Recipient Ehr = new("county-ehr", "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment);
    private static readonly Recipient Payer = new("state-plan", "State Plan", RecipientClasses.HealthPlan, DisclosurePurposes.Payment);
    private static readonly LocalDate Today = new(2027, 2, 1);
    private static readonly Instant Now = Instant.FromUtc(2027, 2, 1, 15, 0);

    private static ConsentTerms Tpo(long id, string? recipient = "county-ehr", string? @class = null, LocalDate? expires = null, Instant? revoked = null, string covers = ConsentCoverage.All) =>
        new(id, "c-1", ConsentKinds.Tpo, recipient, @class, DisclosurePurposes.Tpo, covers, new(2027, 1, 4), expires, new(2027, 1, 4), revoked);

    private static (DisclosureBasis? Basis, string? Refusal) Decide(ConsentTerms[] consents, Recipient recipient, string purpose = DisclosurePurposes.Treatment, BreakGlassWindow[]? glass = null)
    {
        var basis = DisclosureDecision.Decide(consents, glass ?? [], recipient, purpose, Today, Now, out var refusal);
        return (basis, refusal);
    }

    [Fact]
    public void AnActiveConsentNamingTheRecipientAllowsItsPurposes()
    {
        var (basis, refusal) = Decide([Tpo(1)], Ehr);
        Assert.Equal(new DisclosureBasis(1, null, DisclosurePurposes.Treatment, true), basis);
        Assert.Null(refusal);
    }

    [Fact]
    public void AConsentToAClassOfRecipientCoversEveryOrganizationOfThatClassAndNoOther()
    {
        ConsentTerms[] toProviders = [Tpo(1, recipient: null, @class: RecipientClasses.TreatingProvider)];
        Assert.NotNull(Decide(toProviders, Ehr).Basis);
        var (basis, refusal) = Decide(toProviders, Payer, DisclosurePurposes.Payment);
        Assert.Null(basis);
        Assert.Equal("no consent names State Plan", refusal);
    }

    [Fact]
    public void RevocationTakesEffectAtTheInstantItIsRecordedAndNotBefore()
    {
        Assert.Equal("the consent to County EHR was revoked", Decide([Tpo(1, revoked: Now)], Ehr).Refusal);
        Assert.NotNull(Decide([Tpo(1, revoked: Now + Duration.FromSeconds(1))], Ehr).Basis);
    }

    [Fact]
    public void AnExpiredConsentAllowsNothingFromTheDayAfterItsLastDay()
    {
        Assert.NotNull(Decide([Tpo(1, expires: Today)], Ehr).Basis);
        Assert.Equal("the consent to County EHR has expired", Decide([Tpo(1, expires: Today.PlusDays(-1))], Ehr).Refusal);
    }

    [Fact]
    public void APurposeTheConsentDoesNotNameIsRefused()
    {
        var research = new ConsentTerms(2, "c-1", ConsentKinds.Specific, "county-ehr", null, [DisclosurePurposes.Research], ConsentCoverage.All, new(2027, 1, 4), new(2027, 6, 1), new(2027, 1, 4), null);
        Assert.Equal("no active consent to County EHR covers treatment", Decide([research], Ehr).Refusal);
        Assert.NotNull(Decide([research], Ehr, DisclosurePurposes.Research).Basis);
    }

    [Fact]
    public void AConsentWithoutProgressNotesIsUsedOnlyWhereNoneCoversThem()
    {
        Assert.False(Decide([Tpo(1, covers: ConsentCoverage.NoProgressNotes)], Ehr).Basis!.ProgressNotes);
        Assert.Equal(2, Decide([Tpo(3, covers: ConsentCoverage.NoProgressNotes), Tpo(2)], Ehr).Basis!.ConsentId);
    }

    [Fact]
    public void ABreakGlassInForceAllowsTheNamedRecipientUntilItEnds()
    {
        BreakGlassWindow[] glass = [new(7, "c-1", "county-ehr", Now - Duration.FromHours(1), Now + Duration.FromHours(1))];
        Assert.Equal(new DisclosureBasis(null, 7, DisclosurePurposes.Emergency, true), Decide([], Ehr, glass: glass).Basis);
        Assert.Null(Decide([], Payer, DisclosurePurposes.Payment, glass).Basis);
        BreakGlassWindow[] ended = [new(7, "c-1", "county-ehr", Now - Duration.FromHours(2), Now)];
        Assert.Null(Decide([], Ehr, glass: ended).Basis);
    }

    [Fact]
    public void ADeclinedConsentIsNamedAsTheReason()
    {
        var declined = new ConsentTerms(4, "c-1", ConsentKinds.Declined, null, null, [], ConsentCoverage.All, new(2027, 1, 4), null, new(2027, 1, 4), null);
        Assert.Equal("the client declined to consent", Decide([declined], Ehr).Refusal);
    }
}
