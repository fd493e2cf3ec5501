using NodaTime;

namespace IopCurriculum.Consent;

/// <summary>What allows one client's records to go to a recipient: a consent, or a declared emergency.</summary>
/// <param name="ConsentId">The consent relied on, or null under a break-glass.</param>
/// <param name="BreakGlassId">The break-glass relied on, or null under a consent.</param>
/// <param name="ProgressNotes">Whether the client's progress notes may go too.</param>
public sealed record DisclosureBasis(long? ConsentId, long? BreakGlassId, string Purpose, bool ProgressNotes);

/// <summary>A declared medical emergency for one client and recipient, until it ends.</summary>
public sealed record BreakGlassWindow(long Id, string ClientId, string RecipientId, Instant Start, Instant Ends);

/// <summary>
/// The one rule every channel asks before disclosing a client's records: an active consent naming the
/// recipient and the purpose, or else a break-glass in force for that client and recipient, or nothing.
/// </summary>
public static class DisclosureDecision
{
    /// <returns>The basis, or null with <paramref name="refusal"/> saying why not, in words without PHI.</returns>
    public static DisclosureBasis? Decide(IEnumerable<ConsentTerms> consents, IEnumerable<BreakGlassWindow> breakGlass,
        Recipient recipient, string purpose, LocalDate today, Instant now, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(breakGlass);
        ArgumentNullException.ThrowIfNull(recipient);
        var covering = consents
            .Where(c => c.Names(recipient) && c.Purposes.Contains(purpose) && c.StandingOn(today, now) == ConsentStanding.Active)
            // Where two consents allow it, the one that also covers progress notes is relied on, then the newest.
            .OrderByDescending(c => c.CoversProgressNotes).ThenByDescending(c => c.Id)
            .FirstOrDefault();
        if (covering is not null)
        {
            refusal = null;
            return new DisclosureBasis(covering.Id, null, purpose, covering.CoversProgressNotes);
        }
        if (breakGlass.Where(b => b.RecipientId == recipient.Id && b.Start <= now && now < b.Ends).OrderByDescending(b => b.Id).FirstOrDefault() is { } emergency)
        {
            refusal = null;
            return new DisclosureBasis(null, emergency.Id, DisclosurePurposes.Emergency, true);
        }
        var all = consents.ToList();
        refusal = Why([.. all.Where(c => c.Names(recipient))], all.Any(c => c.Kind == ConsentKinds.Declined), recipient, purpose, today, now);
        return null;
    }

    private static string Why(IReadOnlyList<ConsentTerms> naming, bool declined, Recipient recipient, string purpose, LocalDate today, Instant now)
    {
        if (naming.Count == 0) return declined ? "the client declined to consent" : $"no consent names {recipient.Name}";
        var standings = naming.Select(c => c.StandingOn(today, now)).ToHashSet();
        if (standings.Contains(ConsentStanding.Active)) return $"no active consent to {recipient.Name} covers {DisclosurePurposes.Words.Label(purpose).ToLowerInvariant()}";
        if (standings.Contains(ConsentStanding.NotYetEffective)) return $"the consent to {recipient.Name} is not yet in effect";
        if (standings.Contains(ConsentStanding.Revoked)) return $"the consent to {recipient.Name} was revoked";
        return $"the consent to {recipient.Name} has expired";
    }
}
