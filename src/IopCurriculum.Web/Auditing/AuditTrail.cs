using System.Security.Claims;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Web.Security;

namespace IopCurriculum.Web.Auditing;

/// <summary>
/// Writes the access audit for the signed-in user. Every page or API response that shows client
/// records calls <see cref="Read"/>; every export calls <see cref="Export"/>.
/// </summary>
public sealed class AuditTrail(IopEngine engine)
{
    public const string ReadAction = "read";
    public const string SearchAction = "search";
    public const string ExportAction = "export";

    /// <param name="resource">What was shown, such as <c>cohort demo-cohort dashboard</c> or <c>CarePlan/…</c>; ids, never names.</param>
    public void Read(ClaimsPrincipal user, string resource, int? count = null, int status = StatusCodes.Status200OK) =>
        engine.Audit.Record(IopClaims.ActorOf(user), ReadAction, resource, status, count);

    public void Search(ClaimsPrincipal user, string resource, int count, int status = StatusCodes.Status200OK) =>
        engine.Audit.Record(IopClaims.ActorOf(user), SearchAction, resource, status, count);

    public void Export(ClaimsPrincipal user, string resource, int? count, int status) =>
        engine.Audit.Record(IopClaims.ActorOf(user), ExportAction, resource, status, count);
}
