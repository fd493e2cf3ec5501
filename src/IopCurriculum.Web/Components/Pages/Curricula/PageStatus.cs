using Microsoft.AspNetCore.Diagnostics;

namespace IopCurriculum.Web.Components.Pages.Curricula;

/// <summary>
/// Sets a refused form's status (400, 409) while keeping the page's own message, not the host's bare status
/// page. Pages that find nothing answer 200 with their message: static rendering stops writing the page body
/// once a component sets 404.
/// </summary>
public static class PageStatus
{
    public static void Set(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    }
}
