using IopCurriculum.Engine.Actions;

namespace IopCurriculum.Actions;

/// <summary>Sending to a server outside the program, where not being reached is a failure told in words.</summary>
internal static class Outbound
{
    /// <param name="who">What is being reached, for the message: "county-ehr", "county-ehr's token service".</param>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, string who, CancellationToken cancel)
    {
        try
        {
            return await http.SendAsync(request, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            throw new ActionFailedException($"{who} could not be reached at {request.RequestUri}: {e.Message}", e);
        }
    }
}
