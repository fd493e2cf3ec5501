using NodaTime;

namespace IopCurriculum.Consent;

/// <summary>A consent as staff enter it, before it is recorded.</summary>
public sealed record ConsentDraft(
    string Kind,
    string? RecipientId,
    string? RecipientClass,
    IReadOnlyList<string> Purposes,
    string? PurposeText,
    string Covers,
    LocalDate EffectiveOn,
    LocalDate? ExpiresOn,
    LocalDate SignedOn,
    string? Witness);

/// <summary>The rules a consent must meet to be recorded and a revocation to be accepted; each broken rule is named.</summary>
public static class ConsentRules
{
    /// <param name="today">The program's day the consent is recorded on.</param>
    public static IReadOnlyList<string> Problems(ConsentDraft draft, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<string>();
        if (ConsentKinds.Words.Find(draft.Kind) is null) problems.Add(ConsentKinds.Words.Unknown(draft.Kind));
        if (ConsentCoverage.Words.Find(draft.Covers) is null) problems.Add(ConsentCoverage.Words.Unknown(draft.Covers));
        foreach (var purpose in draft.Purposes.Where(p => DisclosurePurposes.Words.Find(p) is null))
            problems.Add(DisclosurePurposes.Words.Unknown(purpose));
        if (draft.RecipientClass is { } c && RecipientClasses.Words.Find(c) is null) problems.Add(RecipientClasses.Words.Unknown(c));

        if (draft.SignedOn > today) problems.Add($"it is signed on {Day(draft.SignedOn)}, which is after today ({Day(today)})");
        if (draft.EffectiveOn < draft.SignedOn) problems.Add($"it takes effect on {Day(draft.EffectiveOn)}, before it was signed on {Day(draft.SignedOn)}; a consent is not retroactive");
        if (draft.ExpiresOn is { } expires && expires < draft.EffectiveOn) problems.Add($"it expires on {Day(expires)}, before it takes effect on {Day(draft.EffectiveOn)}");
        else if (draft.ExpiresOn is { } past && past < today) problems.Add($"it expired on {Day(past)}, before today ({Day(today)})");

        var names = (draft.RecipientId is not null ? 1 : 0) + (draft.RecipientClass is not null ? 1 : 0);
        switch (draft.Kind)
        {
            case ConsentKinds.Declined:
                if (names > 0 || draft.Purposes.Count > 0) problems.Add("a declined consent names no recipient and no purpose");
                break;
            case ConsentKinds.Tpo:
                if (names != 1) problems.Add("name the recipient: one organization, or a class of recipient");
                if (draft.Purposes.Except(DisclosurePurposes.Tpo).FirstOrDefault(p => DisclosurePurposes.Words.Find(p) is not null) is { } beyond)
                    problems.Add($"a TPO consent is for treatment, payment and health-care operations; '{beyond}' needs a specific-purpose consent");
                break;
            case ConsentKinds.Specific:
                if (draft.RecipientId is null) problems.Add("a specific-purpose consent names the organization it discloses to");
                if (draft.RecipientClass is not null) problems.Add("a specific-purpose consent names one organization, not a class of recipient");
                if (draft.Purposes.Count == 0) problems.Add("a specific-purpose consent names its purpose");
                if (string.IsNullOrWhiteSpace(draft.PurposeText)) problems.Add("say what the specific purpose is, as the form does");
                if (draft.ExpiresOn is null) problems.Add("a specific-purpose consent needs the date it expires");
                break;
        }
        return problems;
    }

    /// <param name="revokedOn">The day the client revoked it (it takes effect when recorded, not before).</param>
    public static string? RevocationProblem(ConsentTerms consent, LocalDate revokedOn, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (consent.Kind == ConsentKinds.Declined) return "a declined consent allows nothing and cannot be revoked; record a new consent instead";
        if (consent.RevokedAt is not null) return $"consent {consent.Id} is already revoked";
        if (revokedOn < consent.SignedOn) return $"it is revoked on {Day(revokedOn)}, before it was signed on {Day(consent.SignedOn)}";
        if (revokedOn > today) return $"it is revoked on {Day(revokedOn)}, which is after today ({Day(today)}); record a revocation once the client has made it";
        return null;
    }

    private static string Day(LocalDate day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
