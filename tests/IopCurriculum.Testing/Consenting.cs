using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Engine;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Testing;

/// <summary>
/// Gives every enrolled client a TPO consent to a test recipient, signed and in effect from today, so
/// tests about what an export or API answer carries are not about consent; tests about consent set their own.
/// </summary>
public static class Consenting
{
    public const string Recipient = "test-ehr";
    /// <summary>The clinical lead who records the consents.</summary>
    public const string LeadName = "consent-lead";

    /// <summary>Adds the recipient (and a clinical lead to record consents) if missing, then a consent for each client without one naming it.</summary>
    /// <returns>The recipient's id.</returns>
    public static string Everyone(IopEngine engine, string recipient = Recipient, string name = "Test EHR")
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (!engine.Recipients.List().Any(r => r.Id == recipient))
            engine.Recipients.Add(recipient, name, RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "test");
        Lead(engine);
        List<(string Client, string Zone)> waiting;
        using (var db = engine.Database.Open())
            waiting = [.. db.Clients.AsNoTracking()
                .Where(c => db.Enrolments.Any(e => e.ClientId == c.Id) && !db.Consents.Any(k => k.ClientId == c.Id && k.RecipientId == recipient && k.RevokedUtc == null))
                .Join(db.Programs, c => c.ProgramId, p => p.Id, (c, p) => new { c.Id, p.TimeZone }).AsEnumerable().Select(x => (x.Id, x.TimeZone))];
        var now = Instant.FromDateTimeOffset(engine.Clock.GetUtcNow());
        foreach (var (client, zone) in waiting)
        {
            var today = now.InZone(DateTimeZoneProviders.Tzdb[zone]).Date;
            engine.Consents.Record(client, new ConsentDraft(ConsentKinds.Tpo, recipient, null, [], null, ConsentCoverage.All, today, null, today, null), null, LeadName);
        }
        return recipient;
    }

    /// <summary>Adds the clinical lead who records the consents, if missing.</summary>
    public static void Lead(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (engine.Users.Find(LeadName) is null) engine.Users.Create(LeadName, "Consent Lead", "a long enough password", Roles.ClinicalLead, "test");
    }

    /// <summary>The time zone of the client's program, whose days a consent's dates are in.</summary>
    public static DateTimeZone ZoneOf(IopEngine engine, string clientId)
    {
        ArgumentNullException.ThrowIfNull(engine);
        using var db = engine.Database.Open();
        var zone = db.Clients.AsNoTracking().Where(c => c.Id == clientId).Join(db.Programs, c => c.ProgramId, p => p.Id, (c, p) => p.TimeZone).Single();
        return DateTimeZoneProviders.Tzdb[zone];
    }
}
