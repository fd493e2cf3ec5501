using IopCurriculum.Access;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans.Discharge;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>
/// Discharge summaries and aftercare plans, written once a client's course has ended or they were
/// discharged, and signed by the clinical lead who writes them. A correction is a new version with its
/// reason; no version is changed.
/// </summary>
public sealed class DischargeSummaryService
{
    private readonly EngineContext _context;
    private readonly UserDirectory _users;

    internal DischargeSummaryService(EngineContext context, UserDirectory users)
    {
        _context = context;
        _users = users;
    }

    /// <summary>Every version of the client's discharge summary in the cohort, oldest first; empty before one is written.</summary>
    public IReadOnlyList<DischargeVersion> Read(string cohortId, string clientId)
    {
        using var db = _context.Database.Open();
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var enrolment = TriggerFiring.Enrolment(db, cohort.Id, clientId);
        return [.. db.DischargeSummaries.AsNoTracking().Where(d => d.EnrolmentId == enrolment.Id).OrderBy(d => d.Version).AsEnumerable()
            .Select(d => View(d, setting.Weeks.Zone))];
    }

    /// <exception cref="EngineException">A course still running, a summary with problems, a correction without its reason, a writer who is not a clinical lead.</exception>
    public IReadOnlyList<DischargeVersion> Write(DischargeWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClinicalLeads.Require(_users, request.Actor, "sign a discharge summary");
        if (request.Source.Length > TreatmentPlanService.SourceLength) throw EngineException.Invalid($"the discharge summary is longer than {TreatmentPlanService.SourceLength / 1024} KiB");
        var parsed = DischargeFileReader.Parse(request.Source, request.SourceName);
        if (!parsed.Succeeded)
            throw EngineException.Invalid($"{request.ClientId}'s discharge summary has problems", [.. parsed.Diagnostics.Select(d => d.ToString())]);
        UnitOfWork.Run(_context, db =>
        {
            var (cohort, _) = CohortService.Find(_context, db, request.CohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
            var running = db.Instances.Where(i => i.EnrolmentId == enrolment.Id && i.Active).Select(i => i.Stage).ToList();
            if (running.Count > 0)
                throw EngineException.Invalid(
                    $"client {request.ClientId}'s course is still running ({string.Join(", ", running)}); a discharge summary is written once the course has ended or the client is discharged");
            var latest = db.DischargeSummaries.Where(d => d.EnrolmentId == enrolment.Id).OrderByDescending(d => d.Version).FirstOrDefault();
            var correction = latest is null
                ? null
                : FieldRules.Reason(request.Correction ?? throw EngineException.Invalid(
                    $"{request.ClientId}'s discharge summary is signed (version {latest.Version}); say why it is corrected"), "the reason for the correction");
            db.DischargeSummaries.Add(new DischargeSummaryRecord
            {
                EnrolmentId = enrolment.Id,
                Version = (latest?.Version ?? 0) + 1,
                Source = request.Source,
                DischargeReason = Word(parsed.Value.Reason),
                Correction = correction,
                SignedBy = request.Actor,
                SignedUtc = _context.UtcNow,
            });
            return 1;
        });
        return Read(request.CohortId, request.ClientId);
    }

    private static DischargeVersion View(DischargeSummaryRecord record, DateTimeZone zone)
    {
        var parsed = DischargeFileReader.Parse(record.Source, $"discharge summary version {record.Version}");
        var content = parsed.Succeeded
            ? parsed.Value
            : throw EngineException.Invalid($"stored discharge summary version {record.Version} no longer reads", [.. parsed.Diagnostics.Select(d => d.ToString())]);
        return new DischargeVersion(record.Version, content, record.Source, record.Correction, record.SignedBy,
            Instant.FromDateTimeUtc(DateTime.SpecifyKind(record.SignedUtc, DateTimeKind.Utc)).InZone(zone));
    }

    private static string Word(DischargeReason reason) => Definitions.Yaml.EnumNames.Kebab(reason);
}
