using IopCurriculum.Access;
using IopCurriculum.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Consent;

/// <summary>Who may record and revoke a client's consents: active clinical leads, and the facilitators and supervisors of a cohort the client is enrolled in.</summary>
internal static class ConsentStaff
{
    public static UserAccount Require(UserDirectory users, IopDbContext db, string userName, string clientId, string what)
    {
        var user = users.Find(userName);
        if (user is not null && user.ActiveIn(Roles.ClinicalLead)) return user;
        if (user is not null && (user.ActiveIn(Roles.Facilitator) || user.ActiveIn(Roles.Supervisor)))
        {
            var theirs = users.CohortsOf(user.Id);
            if (db.Enrolments.Any(e => e.ClientId == clientId && theirs.Contains(e.CohortId))) return user;
        }
        throw EngineException.Invalid($"only a clinical lead, or a facilitator or supervisor of a cohort client {clientId} is in, may {what}; '{userName}' is not one");
    }

    /// <summary>The client's program's day now, and the client's record; an unknown or never-enrolled client is refused.</summary>
    public static (Persistence.Records.ClientRecord Client, NodaTime.DateTimeZone Zone) Client(IopDbContext db, string clientId)
    {
        var client = db.Clients.SingleOrDefault(c => c.Id == clientId)
            ?? throw EngineException.NotFound($"there is no client '{clientId}'");
        if (!db.Enrolments.Any(e => e.ClientId == clientId))
            throw EngineException.Invalid($"client {clientId} is not enrolled in any cohort; consent is recorded for enrolled clients");
        return (client, Zones(db, [clientId])[clientId]);
    }

    /// <summary>The time zone of each known client's program, by client id; consents are judged on the program's day.</summary>
    public static Dictionary<string, NodaTime.DateTimeZone> Zones(IopDbContext db, IReadOnlyCollection<string> clientIds) =>
        db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
            .Join(db.Programs, c => c.ProgramId, p => p.Id, (c, p) => new { c.Id, p.TimeZone })
            .AsEnumerable().ToDictionary(c => c.Id, c => NodaTime.DateTimeZoneProviders.Tzdb[c.TimeZone], StringComparer.Ordinal);
}
