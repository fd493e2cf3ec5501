using IopCurriculum.Access;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans;
using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Diagnoses;
using IopCurriculum.Plans.Drafts;
using IopCurriculum.Plans.Files;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>
/// Writes, signs and reviews clients' treatment plans. Every version is kept: a signed version is
/// locked, and a change to it is a new version with its reason. Signing and reviewing are a clinical
/// lead's. Each call is one transaction; a refused one writes nothing.
/// </summary>
public sealed partial class TreatmentPlanService
{
    /// <summary>The largest plan text accepted, in characters; a plan is a few pages at most.</summary>
    public const int SourceLength = 256 * 1024;

    private readonly EngineContext _context;
    private readonly UserDirectory _users;

    internal TreatmentPlanService(EngineContext context, UserDirectory users)
    {
        _context = context;
        _users = users;
    }

    /// <summary>The client's plan in the cohort: every version and review, and where it stands today.</summary>
    public ClientTreatmentPlan Read(string cohortId, string clientId)
    {
        using var db = _context.Database.Open();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var enrolment = TriggerFiring.Enrolment(db, cohort.Id, clientId);
        return PlanChart.Of(setting, enrolment, Versions(db, enrolment.Id), Reviews(db, enrolment.Id), _context.Now, StoredPlans.Context(setting.Curriculum));
    }

    /// <summary>Adds a version written by <see cref="PlanWriteRequest.Actor"/>. A plan that says what an unsigned newest version says adds nothing; one that says what a signed newest version says is refused.</summary>
    /// <exception cref="EngineException">A plan with problems (each with its line and column), a change to a signed plan without a reason, an unknown client.</exception>
    public ClientTreatmentPlan Write(PlanWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Source)) throw EngineException.Invalid("the plan is empty");
        if (request.Source.Length > SourceLength) throw EngineException.Invalid($"the plan is longer than {SourceLength / 1024} KiB");
        UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
            var latest = Latest(db, enrolment.Id);
            var reason = latest?.SignedBy is null
                ? (string.IsNullOrWhiteSpace(request.Reason) ? null : FieldRules.Reason(request.Reason))
                : FieldRules.Reason(request.Reason ?? throw EngineException.Invalid(
                    $"version {latest.Version} of {request.ClientId}'s plan is signed; say why it changes (the reason)"));
            var parsed = PlanFileReader.Parse(request.Source, request.SourceName, Context(setting, enrolment));
            if (!parsed.Succeeded)
                throw EngineException.Invalid($"{request.ClientId}'s plan has problems", [.. parsed.Diagnostics.Select(d => d.ToString())]);
            if (latest is not null && Unchanged(latest, parsed.Value, setting))
            {
                if (latest.SignedBy is null) return 0;
                throw EngineException.Invalid($"the plan says what signed version {latest.Version} says; change something to make a new version");
            }
            db.TreatmentPlans.Add(new TreatmentPlanRecord
            {
                EnrolmentId = enrolment.Id,
                Version = (latest?.Version ?? 0) + 1,
                Source = request.Source,
                Reason = reason,
                CreatedBy = request.Actor,
                CreatedUtc = _context.UtcNow,
                GoalsActive = parsed.Value.GoalsActive,
                GoalsAchieved = parsed.Value.GoalsAchieved,
            });
            return 1;
        });
        return Read(request.CohortId, request.ClientId);
    }

    /// <summary>Signs the newest version, which locks it; the client's agreement may be recorded at once.</summary>
    public ClientTreatmentPlan Sign(PlanSignRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClinicalLeads.Require(_users, request.Actor, "sign a treatment plan");
        UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
            var latest = Latest(db, enrolment.Id)
                ?? throw EngineException.NotFound($"client {request.ClientId} has no treatment plan in cohort {cohort.Id} yet; write one first");
            if (request.Version is { } version && version != latest.Version)
                throw EngineException.Conflict($"version {version} is not the newest version of {request.ClientId}'s plan: version {latest.Version} is; read it before signing");
            if (latest.SignedBy is not null)
                throw EngineException.Conflict($"version {latest.Version} of {request.ClientId}'s plan was signed by {latest.SignedBy}; a signed version is locked, so write a new version to change it");
            latest.SignedBy = request.Actor;
            latest.SignedUtc = _context.UtcNow;
            if (request.ClientAgreedOn is { } agreed) Agree(latest, agreed, setting, enrolment, request.Actor);
            return 1;
        });
        return Read(request.CohortId, request.ClientId);
    }

    /// <summary>Records the day the client agreed to the signed plan in force.</summary>
    public ClientTreatmentPlan RecordAgreement(string cohortId, string clientId, LocalDate agreedOn, string actor)
    {
        UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, cohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, clientId);
            var inForce = InForce(db, enrolment.Id, clientId);
            if (inForce.ClientAgreedOn is { } before)
                throw EngineException.Conflict($"the client's agreement to version {inForce.Version} is already recorded, on {before:yyyy-MM-dd}");
            Agree(inForce, agreedOn, setting, enrolment, actor);
            return 1;
        });
        return Read(cohortId, clientId);
    }

    /// <summary>Reviews the signed plan in force: it continues, and the next review falls due from today.</summary>
    public ClientTreatmentPlan Review(PlanReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClinicalLeads.Require(_users, request.Actor, "review a treatment plan");
        var note = FieldRules.Reason(request.Note, "the review note");
        UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
            var inForce = InForce(db, enrolment.Id, request.ClientId);
            var today = DateOnly.FromDateTime(_context.Now.InZone(setting.Weeks.Zone).Date.ToDateTimeUnspecified());
            if (db.PlanReviews.Any(r => r.PlanId == inForce.Id && r.ReviewedOn == today))
                throw EngineException.Conflict($"version {inForce.Version} of {request.ClientId}'s plan was already reviewed today");
            db.PlanReviews.Add(new PlanReviewRecord { PlanId = inForce.Id, ReviewedOn = today, ReviewedBy = request.Actor, Note = note, RecordedUtc = _context.UtcNow });
            return 1;
        });
        return Read(request.CohortId, request.ClientId);
    }

    private void Agree(TreatmentPlanRecord plan, LocalDate agreedOn, CohortSetting setting, EnrolmentRecord enrolment, string actor)
    {
        var today = _context.Now.InZone(setting.Weeks.Zone).Date;
        var began = setting.Weeks.FirstDayOf(enrolment.StartWeek);
        if (agreedOn > today) throw EngineException.Invalid($"the client's agreement on {agreedOn:uuuu-MM-dd} is in the future: today is {today:uuuu-MM-dd}");
        if (agreedOn < began) throw EngineException.Invalid($"the client's agreement on {agreedOn:uuuu-MM-dd} is before their course began on {began:uuuu-MM-dd}");
        plan.ClientAgreedOn = agreedOn.ToDateOnly();
        plan.AgreementRecordedBy = actor;
    }

    /// <summary>What a new version is checked against: the stored-version context, with the course's start, the staff and the code list enforced.</summary>
    private PlanContext Context(CohortSetting setting, EnrolmentRecord enrolment) =>
        StoredPlans.Context(setting.Curriculum) with
        {
            EnrolledOn = setting.Weeks.FirstDayOf(enrolment.StartWeek),
            IsStaff = IsStaff,
            FindDiagnosis = StoredPlans.Listed,
        };

    private bool IsStaff(string userName) =>
        _users.Find(userName) is { DisabledUtc: null } user
        && Roles.Parse(user.Roles).Any(r => r is Roles.ClinicalLead or Roles.Facilitator);

    /// <summary>Whether new content says what a stored version says, however either was written (a file with comments, or a form).</summary>
    private static bool Unchanged(TreatmentPlanRecord stored, TreatmentPlanContent content, CohortSetting setting) =>
        PlanDraftWriter.Canonical(StoredPlans.Read(stored.Source, stored.Version, StoredPlans.Context(setting.Curriculum))) == PlanDraftWriter.Canonical(content);

    private static TreatmentPlanRecord? Latest(IopDbContext db, long enrolmentId) =>
        db.TreatmentPlans.Where(p => p.EnrolmentId == enrolmentId).OrderByDescending(p => p.Version).FirstOrDefault();

    private static TreatmentPlanRecord InForce(IopDbContext db, long enrolmentId, string clientId) =>
        db.TreatmentPlans.Where(p => p.EnrolmentId == enrolmentId && p.SignedBy != null).OrderByDescending(p => p.Version).FirstOrDefault()
            ?? throw EngineException.Invalid($"client {clientId} has no signed treatment plan yet; sign one first");

    private static List<TreatmentPlanRecord> Versions(IopDbContext db, long enrolmentId) =>
        [.. db.TreatmentPlans.Where(p => p.EnrolmentId == enrolmentId).OrderBy(p => p.Version)];

    private static List<PlanReviewRecord> Reviews(IopDbContext db, long enrolmentId) =>
        [.. db.PlanReviews.Where(r => db.TreatmentPlans.Any(p => p.Id == r.PlanId && p.EnrolmentId == enrolmentId)).OrderBy(r => r.ReviewedOn).ThenBy(r => r.Id)];
}
