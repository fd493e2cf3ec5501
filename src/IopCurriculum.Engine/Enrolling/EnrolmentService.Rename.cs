using IopCurriculum.Engine.Input;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Enrolling;

public sealed partial class EnrolmentService
{
    /// <summary>What an enrolment's history calls a change of the client's names.</summary>
    public const string Renamed = "renamed";

    /// <summary>
    /// Corrects a client's given or family name, in one transaction: the names, a line in the history of
    /// each of the client's enrolments (who, when, why; never the names) and one in the access audit.
    /// Names the client already has change nothing and write nothing.
    /// </summary>
    public RenamedClient Rename(RenameRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientId = FieldRules.ClientId(request.ClientId);
        var given = FieldRules.OptionalName(request.GivenName, "the first name");
        var family = FieldRules.OptionalName(request.FamilyName, "the family name");
        if (given is null && family is null) throw EngineException.Invalid("give the client's new first name, family name or both");
        var reason = FieldRules.Reason(request.Reason);
        return UnitOfWork.Run(_context, db =>
        {
            var client = db.Clients.SingleOrDefault(c => c.Id == clientId)
                ?? throw EngineException.NotFound($"client {clientId} not found");
            var enrolments = db.Enrolments.Include(e => e.Cohort).Where(e => e.ClientId == clientId).OrderBy(e => e.Id).ToList();
            var cohorts = enrolments.Select(e => e.CohortId).ToList();
            if ((given ?? client.GivenName) == client.GivenName && (family ?? client.FamilyName) == client.FamilyName)
                return new RenamedClient(client.Id, client.GivenName, client.FamilyName, false, cohorts);
            client.GivenName = given ?? client.GivenName;
            client.FamilyName = family ?? client.FamilyName;
            var now = _context.UtcNow;
            foreach (var enrolment in enrolments)
                db.EnrolmentEvents.Add(new EnrolmentEventRecord
                {
                    EnrolmentId = enrolment.Id,
                    Kind = Renamed,
                    Week = Math.Clamp(enrolment.Cohort!.WeeksAdvanced + 1, 1, enrolment.Cohort.Weeks),
                    AtUtc = now,
                    Actor = request.Actor,
                    Reason = reason,
                });
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = now, Actor = request.Actor, Action = "client-rename", Resource = $"client {client.Id} names" });
            return new RenamedClient(client.Id, client.GivenName, client.FamilyName, true, cohorts);
        });
    }
}
