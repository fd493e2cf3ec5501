using System.Globalization;
using System.Security.Claims;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Billing;
using IopCurriculum.Web.Auditing;
using IopCurriculum.Web.Security;

namespace IopCurriculum.Web.Billing;

/// <summary>
/// A cohort's billing-ready week as files for a billing team: <c>/cohorts/{id}/billing/week-{n}.csv</c>
/// and <c>….json</c>, the same the <c>iop billing</c> command writes. Each download is audited as a read.
/// </summary>
public static class BillingEndpoints
{
    public static void MapBillingFiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/cohorts/{id}/billing").RequireAuthorization(Policies.Cohorts);
        group.MapGet("/week-{week:int}.csv", (string id, int week, ClaimsPrincipal user, IopEngine engine, CohortAccess access, AuditTrail audit) =>
        {
            var report = Read(id, week, user, engine, access, audit);
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            BillingFiles.WriteCsv(report, text);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", FileName(id, week, "csv"));
        });
        group.MapGet("/week-{week:int}.json", (string id, int week, ClaimsPrincipal user, IopEngine engine, CohortAccess access, AuditTrail audit) =>
            Results.File(System.Text.Encoding.UTF8.GetBytes(BillingFiles.WriteJson(Read(id, week, user, engine, access, audit))), "application/json", FileName(id, week, "json")));
    }

    public static string Resource(string cohortId, int week) =>
        string.Create(CultureInfo.InvariantCulture, $"cohort {cohortId} billing week {week}");

    private static BillingWeek Read(string id, int week, ClaimsPrincipal user, IopEngine engine, CohortAccess access, AuditTrail audit)
    {
        access.Require(user, id);
        var report = engine.Billing.Week(id, week);
        audit.Read(user, Resource(id, week), report.Days.Count);
        return report;
    }

    private static string FileName(string id, int week, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{id}_billing_week-{week:00}.{extension}");
}
