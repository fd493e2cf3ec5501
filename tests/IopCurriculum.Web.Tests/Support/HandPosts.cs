using AngleSharp.Html.Dom;

namespace IopCurriculum.Web.Tests.Support;

/// <summary>
/// Posts a form the page does not show the user, the way someone would by hand: the user's own
/// antiforgery token, taken from any form on a page they may open, with the form's name and fields.
/// </summary>
public static class HandPosts
{
    public static async Task<HttpResponseMessage> Post(HttpClient client, IHtmlDocument tokenPage, string url, string formName, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(tokenPage);
        ArgumentNullException.ThrowIfNull(fields);
        var token = tokenPage.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("the page has no form to take an antiforgery token from");
        var values = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
