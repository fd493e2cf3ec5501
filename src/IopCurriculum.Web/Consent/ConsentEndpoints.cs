using System.Globalization;
using System.Security.Claims;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Consent;
using IopCurriculum.Web.Auditing;
using IopCurriculum.Web.Security;

namespace IopCurriculum.Web.Consent;

/// <summary>
/// A client's consent files for the staff who may open their chart: the scanned form kept with a consent
/// (<c>/clients/{id}/consents/{n}/form</c>) and the accounting of disclosures as CSV
/// (<c>/clients/{id}/disclosures.csv</c>), the same <c>iop consent disclosures</c> prints. Each is audited as a read.
/// </summary>
public static class ConsentEndpoints
{
    public static void MapConsentFiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/clients/{id}").RequireAuthorization(Policies.Cohorts);
        group.MapGet("/consents/{consent:long}/form", (string id, long consent, ClaimsPrincipal user, IopEngine engine, CohortAccess access, AuditTrail audit) =>
        {
            Visible(id, user, engine, access);
            if (!engine.Consents.ForClient(id).Any(c => c.Terms.Id == consent) || engine.Consents.Form(consent) is not { } form)
                throw EngineException.NotFound($"client {id} has no scanned form for consent {consent}");
            audit.Read(user, $"client {id} consent {consent} form", 1);
            return Results.File(form.Content, form.ContentType, form.FileName);
        });
        group.MapGet("/disclosures.csv", (string id, ClaimsPrincipal user, IopEngine engine, CohortAccess access, AuditTrail audit) =>
        {
            Visible(id, user, engine, access);
            var lines = engine.Disclosures.Accounting(id);
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            AccountingFile.WriteCsv(lines, text);
            audit.Read(user, $"client {id} accounting of disclosures", lines.Count);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"{id}_disclosures.csv");
        });
    }

    /// <summary>A client outside the user's cohorts is not found, as on the chart.</summary>
    private static void Visible(string id, ClaimsPrincipal user, IopEngine engine, CohortAccess access) =>
        engine.Charts.Read(id, access.Scope(user));
}
