using NodaTime;

namespace IopCurriculum.Consent;

/// <summary>What a client consented to, as recorded, and whether it has been revoked.</summary>
/// <param name="RecipientId">The organization it names, or null where it names <paramref name="RecipientClass"/>.</param>
/// <param name="ExpiresOn">The last day it is in effect, or null for a TPO consent lasting until revoked.</param>
/// <param name="RevokedAt">When the revocation was recorded; from that instant on it allows nothing.</param>
public sealed record ConsentTerms(
    long Id,
    string ClientId,
    string Kind,
    string? RecipientId,
    string? RecipientClass,
    IReadOnlyList<string> Purposes,
    string Covers,
    LocalDate EffectiveOn,
    LocalDate? ExpiresOn,
    LocalDate SignedOn,
    Instant? RevokedAt)
{
    /// <summary>Where it stands on <paramref name="today"/> (the program's day) at <paramref name="now"/>.</summary>
    public ConsentStanding StandingOn(LocalDate today, Instant now) =>
        Kind == ConsentKinds.Declined ? ConsentStanding.Declined
        : RevokedAt is { } revoked && revoked <= now ? ConsentStanding.Revoked
        : today < EffectiveOn ? ConsentStanding.NotYetEffective
        : ExpiresOn is { } last && today > last ? ConsentStanding.Expired
        : ConsentStanding.Active;

    /// <summary>Whether it names this recipient, by id or by the class it belongs to.</summary>
    public bool Names(Recipient recipient) =>
        RecipientId is { } id ? id == recipient.Id : RecipientClass == recipient.Class;

    public bool CoversProgressNotes => Covers == ConsentCoverage.All;
}

/// <summary>Where a consent stands on a day.</summary>
public enum ConsentStanding
{
    Active,
    NotYetEffective,
    Expired,
    Revoked,
    Declined,
}

/// <summary>An organization records may be disclosed to, with its class and the purpose its requests are made for.</summary>
public sealed record Recipient(string Id, string Name, string Class, string Purpose);
