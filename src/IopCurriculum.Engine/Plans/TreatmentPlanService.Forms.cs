using IopCurriculum.Access;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Plans.Files;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Plans;

/// <summary>What a plan form needs before it writes: the choices it offers, and the problems a version would be refused for.</summary>
public sealed partial class TreatmentPlanService
{
    public PlanChoices Choices(string cohortId, string clientId)
    {
        using var db = _context.Database.Open();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var enrolment = TriggerFiring.Enrolment(db, cohort.Id, clientId);
        var staff = _users.List()
            .Where(u => u.DisabledUtc is null && Roles.Parse(u.Roles).Any(r => r is Roles.ClinicalLead or Roles.Facilitator))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
            .Select(u => (u.UserName, u.DisplayName))
            .ToList();
        return new PlanChoices(
            cohort.Id,
            enrolment.ClientId,
            setting.Weeks.FirstDayOf(enrolment.StartWeek),
            [.. setting.Curriculum.Tracks.Select(t => (t.Code.Value, t.Name))],
            staff);
    }

    /// <summary>Every problem <see cref="Write"/> would refuse the text for, each at its line and column; empty when it would be stored.</summary>
    public IReadOnlyList<Diagnostic> Check(PlanWriteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var db = _context.Database.Open();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
        var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
        var parsed = PlanFileReader.Parse(request.Source, request.SourceName, Context(setting, enrolment));
        return parsed.Succeeded ? [] : parsed.Diagnostics;
    }
}
