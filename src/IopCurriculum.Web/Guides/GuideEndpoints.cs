using System.Globalization;
using System.Security.Claims;
using IopCurriculum.Actions;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Guides;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Guides;
using IopCurriculum.Guides.Pdf;
using IopCurriculum.Web.Auditing;
using IopCurriculum.Web.Security;

namespace IopCurriculum.Web.Guides;

/// <summary>
/// A cohort's weekly packet as the guides library prints it: <c>/cohorts/{id}/guides/{week}.html</c>
/// (the document <c>iop guides week --format html</c> writes) and <c>….pdf</c> (printed by Chromium).
/// Packets carry rosters, so each view is audited as a read.
/// </summary>
public static class GuideEndpoints
{
    public static void MapGuideDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/cohorts/{id}/guides").RequireAuthorization(Policies.Cohorts);
        group.MapGet("/{week:int}.html", async (string id, int week, string? paper, ClaimsPrincipal user, IopEngine engine, CohortAccess access, AuditTrail audit, GuideRenderer renderer) =>
        {
            var (html, _) = await Render(id, week, paper, user, engine, access, renderer);
            audit.Read(user, Resource(id, week));
            return Results.Content(html, "text/html; charset=utf-8");
        });
        group.MapGet("/{week:int}.pdf", async (string id, int week, string? paper, ClaimsPrincipal user, IopEngine engine, CohortAccess access, AuditTrail audit, GuideRenderer renderer, PacketPrinter printers, ReadyPackets ready, CancellationToken cancel) =>
        {
            // Access is checked first, so a cohort a user may not see stays unseen whether or not this server prints.
            var (html, packet) = await Render(id, week, paper, user, engine, access, renderer);
            // The name the command line gives the same packet, starting with the week's first day.
            var name = GuideFiles.Packet(packet, GuideFormat.Pdf);
            if (Paper(paper) == PaperSize.Letter && await ready.CurrentAsync(id, week, html, cancel) is { PdfPath: { } stored })
            {
                // Made ahead by the render-guides action and nothing in it has changed since: no wait for Chromium.
                var made = await File.ReadAllBytesAsync(stored, cancel);
                audit.Read(user, Resource(id, week));
                return Results.File(made, "application/pdf", name);
            }
            ChromiumPdf printer;
            try
            {
                printer = printers.Printer();
            }
            catch (ChromiumNotFoundException missing)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF printing is not available on this server",
                    detail: $"{missing.Message}. The HTML view prints from the browser meanwhile.");
            }
            var folder = Directory.CreateTempSubdirectory("iop-web-pdf-");
            try
            {
                var path = Path.Combine(folder.FullName, "packet.pdf");
                await printer.PrintAsync(html, path, cancel);
                var bytes = await File.ReadAllBytesAsync(path, cancel);
                audit.Read(user, Resource(id, week));
                return Results.File(bytes, "application/pdf", name);
            }
            catch (PdfPrintException failed)
            {
                return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Chromium did not print the packet", detail: failed.Message);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        });
    }

    public static string Resource(string cohortId, int week) =>
        string.Create(CultureInfo.InvariantCulture, $"cohort {cohortId} guides week {week}");

    public static PaperSize? Paper(string? word) => word switch
    {
        null or "" or "letter" => PaperSize.Letter,
        "a4" => PaperSize.A4,
        _ => null,
    };

    private static async Task<(string Html, Domain.Guides.WeekPacket Packet)> Render(string id, int week, string? paper, ClaimsPrincipal user, IopEngine engine, CohortAccess access, GuideRenderer renderer)
    {
        access.Require(user, id);
        var size = Paper(paper) ?? throw EngineException.Invalid($"paper '{paper}': use letter or a4");
        var packet = new WeekPacketSource(engine).Read(id, week);
        return (await renderer.PacketAsync(packet, size), packet);
    }
}
