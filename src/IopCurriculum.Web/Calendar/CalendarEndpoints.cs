using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Web.Calendar;

/// <summary>
/// <c>GET /calendar/{secret}.ics</c>: calendar apps cannot sign in, so the secret in the address is the
/// key. An unknown or revoked secret answers 404 without saying which.
/// </summary>
public static class CalendarEndpoints
{
    public static void MapCalendarFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{secret}.ics", (string secret, IopEngine engine) =>
        {
            var feed = engine.Feeds.Resolve(secret);
            if (feed is null) return Results.NotFound();
            // The feed's own id, not the secret: the audit must not hold a working address.
            engine.Audit.Record("calendar-feed", "feed-read", $"feed {feed.Id} {feed.Kind} {feed.Subject}", StatusCodes.Status200OK);
            return Results.Text(IcsDocument.Write(engine.Feeds.Sessions(feed), engine.Clock.GetUtcNow()), IcsDocument.ContentType);
        }).AllowAnonymous();
    }
}
