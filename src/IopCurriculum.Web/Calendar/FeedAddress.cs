namespace IopCurriculum.Web.Calendar;

/// <summary>The full address of a feed, as a calendar app subscribes to it.</summary>
public static class FeedAddress
{
    public static string Of(HttpRequest request, string secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/calendar/{secret}.ics";
    }
}
