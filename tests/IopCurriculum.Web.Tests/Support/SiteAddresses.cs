using System.Reflection;
using System.Reflection.Emit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace IopCurriculum.Web.Tests.Support;

/// <summary>
/// What the site answers at, read from the running host rather than listed by hand: every GET endpoint's
/// route pattern, the query values each page reads (its own and those of the components it renders), and
/// the query values a minimal API handler binds.
/// </summary>
internal static class SiteAddresses
{
    /// <summary>Every endpoint that answers GET, pages and minimal APIs alike.</summary>
    public static IReadOnlyList<RouteEndpoint> Gets(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET", StringComparer.OrdinalIgnoreCase) ?? true)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)];

    /// <summary>The name a route parameter's good value is kept under: the nearest plain segment before it and its name, such as <c>cohorts:id</c>.</summary>
    public static string Key(RoutePattern pattern, RoutePatternParameterPart parameter)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(parameter);
        var before = "";
        foreach (var segment in pattern.PathSegments)
        {
            if (segment.Parts.Contains(parameter)) break;
            if (segment.IsSimple && segment.Parts[0] is RoutePatternLiteralPart literal) before = literal.Content;
        }
        return $"{before}:{parameter.Name}".ToLowerInvariant();
    }

    /// <summary>The pattern with each parameter replaced by its value, which is put in the path as given (already escaped).</summary>
    public static string Fill(RoutePattern pattern, Func<RoutePatternParameterPart, string> value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(value);
        var path = string.Concat(pattern.PathSegments.Select(segment => "/" + string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => value(parameter),
            _ => throw new InvalidOperationException($"{pattern.RawText}: a part of kind {part.PartKind}"),
        }))));
        return path.Length == 0 ? "/" : path;
    }

    /// <summary>The page component an endpoint renders, or null for a minimal API endpoint.</summary>
    public static Type? Page(RouteEndpoint endpoint) => endpoint?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;

    /// <summary>The query names a page reads through <see cref="SupplyParameterFromQueryAttribute"/>, on itself or any component it renders.</summary>
    public static IReadOnlySet<string> QueryNames(Type page)
    {
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var component in Rendered(page))
            for (var type = component; type is not null && type != typeof(ComponentBase); type = type.BaseType)
                foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    if (property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query)
                        names.Add(query.Name ?? property.Name);
        return names;
    }

    /// <summary>The query names a minimal API handler binds: its plain values that are not route parameters, services or forms.</summary>
    public static IReadOnlySet<string> QueryNames(RouteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var route = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        return handler is null ? new HashSet<string>() : handler.GetParameters()
            .Where(p => p.Name is not null && !route.Contains(p.Name))
            .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is var t && (t == typeof(string) || t.IsPrimitive || t == typeof(DateTimeOffset)))
            .Where(p => p.GetCustomAttribute<FromFormAttribute>() is null && p.GetCustomAttribute<FromServicesAttribute>() is null)
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The component and every component its markup opens, found in the compiled render code (the calls to
    /// <c>RenderTreeBuilder.OpenComponent&lt;T&gt;</c>), so a panel's query values count for the page it sits on.
    /// </summary>
    private static HashSet<Type> Rendered(Type page)
    {
        var seen = new HashSet<Type>();
        var waiting = new Stack<Type>([page]);
        while (waiting.TryPop(out var component))
        {
            if (!seen.Add(component)) continue;
            foreach (var child in Opened(component)) waiting.Push(child);
        }
        return seen;
    }

    private static IEnumerable<Type> Opened(Type component)
    {
        var types = new[] { component }.Concat(component.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public));
        var flags = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var method in types.SelectMany(t => t.GetMethods(flags)))
        {
            if (method.GetMethodBody()?.GetILAsByteArray() is not { } il) continue;
            for (var i = 0; i + 4 < il.Length; i++)
            {
                if (il[i] != OpCodes.Call.Value && il[i] != OpCodes.Callvirt.Value) continue;
                var token = BitConverter.ToInt32(il, i + 1);
                if (token >>> 24 != 0x2B) continue; // a generic method's instantiation
                MethodBase? called;
                try { called = method.Module.ResolveMethod(token); }
                catch (Exception e) when (e is ArgumentException or BadImageFormatException) { continue; }
                if (called is MethodInfo { Name: "OpenComponent", IsGenericMethod: true } open
                    && open.GetGenericArguments()[0] is { IsGenericParameter: false } child
                    && child.Assembly == component.Assembly)
                    yield return child;
            }
        }
    }
}
