using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopCurriculum.Web.Tests.Support;

/// <summary>
/// Fills in and posts a page's form the way a browser would: every field the page rendered (the
/// antiforgery token and the form's name among them) is sent, with the given fields changed.
/// </summary>
public static class Forms
{
    public static async Task<IHtmlDocument> Page(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {html}");
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The page a response carries, whatever its status: a refused form comes back as a page too.</summary>
    public static async Task<IHtmlDocument> Read(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Loads <paramref name="url"/>, finds the form named <paramref name="formName"/> and posts it.</summary>
    public static async Task<HttpResponseMessage> Submit(HttpClient client, string url, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await Page(client, url);
        return await Submit(client, page, url, formName, fields);
    }

    public static async Task<HttpResponseMessage> Submit(HttpClient client, IHtmlDocument page, string url, string formName, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fields);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"no form '{formName}' on {url}; forms: {string.Join(", ", page.Forms.Select(f => f.QuerySelector("input[name=_handler]")?.GetAttribute("value") ?? "(unnamed)"))}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    if (input.Type is "submit" or "button" or "file") continue;
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Form fields by name, in the order given.</summary>
    public static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);

    /// <summary>The text of the page's elements matching <paramref name="selector"/>, trimmed.</summary>
    public static IReadOnlyList<string> Texts(IHtmlDocument page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];
    }
}
