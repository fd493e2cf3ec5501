namespace IopCurriculum.Fhir.Identity;

/// <summary>
/// What a resource is known by: its type and the business identifier a server matches a re-export on,
/// and the stable UUID both are derived into. The same record always has the same key.
/// </summary>
public sealed record ResourceKey
{
    private ResourceKey(string type, string search, Guid uuid)
    {
        Type = type;
        Search = search;
        Id = uuid.ToString("D");
        FullUrl = $"urn:uuid:{Id}";
        Literal = $"{type}/{Id}";
        ConditionalUrl = $"{type}?{search}";
    }

    /// <summary>The resource type, such as <c>CarePlan</c>.</summary>
    public string Type { get; }

    /// <summary>The stable logical id (a UUID), used as the resource id in bulk files.</summary>
    public string Id { get; }

    /// <summary>The query a conditional update or reference finds the resource by, such as <c>identifier=urn:iop:eastside:careplan|…</c>.</summary>
    public string Search { get; }

    public string FullUrl { get; }

    /// <summary><c>Type/id</c>, as bulk files refer to the resource.</summary>
    public string Literal { get; }

    /// <summary>A key matched on <c>identifier=system|value</c>.</summary>
    public static ResourceKey ByIdentifier(string type, string system, string value) =>
        new(type, $"identifier={Escape(system)}|{Escape(value)}", StableUuid.From($"{type}|{system}|{value}"));

    /// <summary>A key for a definition, matched on its canonical URL and version.</summary>
    public static ResourceKey ByCanonical(string type, string url, string version) =>
        new(type, $"url={Escape(url)}&version={Escape(version)}", StableUuid.From($"{type}|{url}|{version}"));

    /// <summary>The reference another resource holds to this one, in the given style.</summary>
    public string Reference(ReferenceStyle style) => style switch
    {
        ReferenceStyle.InBundle => FullUrl,
        ReferenceStyle.Conditional => ConditionalUrl,
        _ => Literal,
    };

    /// <summary>The URL of a conditional update (<c>PUT</c>) or a conditional reference.</summary>
    public string ConditionalUrl { get; }

    private static string Escape(string text) => Uri.EscapeDataString(text);
}
