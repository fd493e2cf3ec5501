using System.Globalization;
using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Serving;

/// <summary>A search page as a <c>searchset</c> Bundle: the total, a self link, a next link while more remain, and a fullUrl per entry.</summary>
public static class SearchBundle
{
    /// <param name="baseUrl">The API's base, such as <c>https://host/fhir</c>, without a trailing slash.</param>
    /// <param name="parameters">The query as the client sent it, in order.</param>
    public static Bundle Build(SearchPage page, string baseUrl, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(parameters);
        var query = page.Query;
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = page.Total,
            Link = [new Bundle.LinkComponent { Relation = "self", Url = Url(baseUrl, query.Type, parameters) }],
        };
        var paging = parameters.Where(p => p.Key is not (SearchParameters.Count or SearchParameters.Offset)).ToList();
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        if (query.Count > 0 && query.Offset + query.Count < page.Total)
            bundle.Link.Add(new Bundle.LinkComponent
            {
                Relation = "next",
                Url = Url(baseUrl, query.Type, [.. paging, new(SearchParameters.Count, Count(query.Count)), new(SearchParameters.Offset, Count(query.Offset + query.Count))]),
            });
        if (query.Offset > 0 && query.Count > 0)
            bundle.Link.Add(new Bundle.LinkComponent
            {
                Relation = "previous",
                Url = Url(baseUrl, query.Type, [.. paging, new(SearchParameters.Count, Count(query.Count)), new(SearchParameters.Offset, Count(Math.Max(0, query.Offset - query.Count)))]),
            });
        foreach (var resource in page.Resources)
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        return bundle;
    }

    /// <summary>Escapes what a query value must, keeping the slashes, colons and bars of references and tokens readable.</summary>
    private static string Escape(string text) =>
        Uri.EscapeDataString(text).Replace("%2F", "/", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal).Replace("%7C", "|", StringComparison.Ordinal);

    private static string Url(string baseUrl, string type, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var query = string.Join('&', parameters.Select(p => $"{Escape(p.Key)}={Escape(p.Value)}"));
        return query.Length == 0 ? $"{baseUrl}/{type}" : $"{baseUrl}/{type}?{query}";
    }
}
