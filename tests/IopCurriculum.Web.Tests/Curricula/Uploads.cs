using System.Net.Http.Headers;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Curricula;

/// <summary>Posts a file to the upload page as a browser does: a multipart form with the page's antiforgery token.</summary>
internal static class Uploads
{
    public const string Page = "/curricula/upload";

    public static async Task<HttpResponseMessage> Post(HttpClient client, string fileName, byte[] content, bool withToken = true)
    {
        var page = await Forms.Page(client, Page);
        var form = page.QuerySelector("form.upload")!;
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
        {
            var name = input.GetAttribute("name")!;
            if (!withToken && name == "__RequestVerificationToken") continue;
            body.Add(new StringContent(input.GetAttribute("value") ?? ""), name);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "application/yaml");
        body.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), body);
    }

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> Html(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
