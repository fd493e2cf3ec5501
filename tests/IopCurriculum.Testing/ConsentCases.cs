using IopCurriculum.Consent;
using IopCurriculum.Engine;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Testing;

/// <summary>
/// Six clients standing six ways towards one recipient, for testing that a channel discloses exactly the
/// ones it may: an active consent, none, a revoked one, an expired one, one naming another recipient, and
/// none but a break-glass in force. Only <see cref="Active"/> and <see cref="BreakGlass"/> may go.
/// </summary>
public sealed record ConsentCases(string Active, string None, string Revoked, string Expired, string OtherRecipient, string BreakGlass)
{
    public const string Other = "other-ehr";

    public IReadOnlyList<string> All => [Active, None, Revoked, Expired, OtherRecipient, BreakGlass];

    /// <summary>The clients the recipient may be sent, in client-id order.</summary>
    public IReadOnlyList<string> Disclosed => [.. new[] { Active, BreakGlass }.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Records each case's consent for six clients who have none, declares the break-glass, then
    /// moves the clock on a day so the consent that lasted only until today has expired.
    /// </summary>
    /// <param name="clients">Six enrolled clients without consents, given cases in the order of the record's parameters.</param>
    public static ConsentCases Arrange(IopEngine engine, FakeTimeProvider clock, string recipient, IReadOnlyList<string> clients)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(clients);
        if (clients.Count != 6) throw new ArgumentException("give six clients, one per case", nameof(clients));
        var cases = new ConsentCases(clients[0], clients[1], clients[2], clients[3], clients[4], clients[5]);
        if (cases.All.FirstOrDefault(c => engine.Consents.ForClient(c).Count > 0) is { } consented)
            throw new ArgumentException($"client {consented} already has a consent; give six who have none", nameof(clients));
        Consenting.Lead(engine);
        if (!engine.Recipients.List().Any(r => r.Id == Other))
            engine.Recipients.Add(Other, "Other EHR", RecipientClasses.Other, DisclosurePurposes.Treatment, "test");

        Tpo(engine, cases.Active, recipient);
        Tpo(engine, cases.Revoked, recipient);
        foreach (var consent in engine.Consents.ForClient(cases.Revoked).Where(c => c.Standing == ConsentStanding.Active))
            engine.Consents.Revoke(consent.Terms.Id, Today(engine, cases.Revoked), "the client withdrew it", Consenting.LeadName);
        Tpo(engine, cases.Expired, recipient, lastDay: true);
        Tpo(engine, cases.OtherRecipient, Other);
        engine.BreakGlass.Declare(cases.BreakGlass, recipient, "Taken to the emergency department unconscious", Duration.FromHours(72), Consenting.LeadName);
        clock.Advance(TimeSpan.FromDays(1));
        return cases;
    }

    private static void Tpo(IopEngine engine, string client, string recipient, bool lastDay = false)
    {
        var today = Today(engine, client);
        engine.Consents.Record(client, new ConsentDraft(ConsentKinds.Tpo, recipient, null, [], null, ConsentCoverage.All,
            today, lastDay ? today : null, today, null), null, Consenting.LeadName);
    }

    private static LocalDate Today(IopEngine engine, string client) =>
        Instant.FromDateTimeOffset(engine.Clock.GetUtcNow()).InZone(Consenting.ZoneOf(engine, client)).Date;
}
