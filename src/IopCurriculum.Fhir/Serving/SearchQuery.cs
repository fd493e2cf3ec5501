using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Fhir.Serving;

/// <summary>
/// A search as the API understood it. Parsing refuses, naming the parameter and why, anything it would
/// otherwise have to ignore: an unknown parameter, a modifier, a bad date, prefix, status, code or page size.
/// A parameter's comma-separated values are alternatives; a parameter may be given once, except
/// <c>_lastUpdated</c>, whose conditions all apply (a range).
/// </summary>
public sealed record SearchQuery
{
    public required string Type { get; init; }
    public IReadOnlySet<string>? Ids { get; init; }
    /// <summary>Patient ids from <c>subject</c> or <c>patient</c>.</summary>
    public IReadOnlySet<string>? PatientIds { get; init; }
    public IReadOnlySet<string>? Statuses { get; init; }
    public IReadOnlyList<(string? System, string Value)>? Identifiers { get; init; }
    /// <summary>Codes from <c>code</c>: a resource matches when its code matches any of them.</summary>
    public IReadOnlyList<CodeToken>? Codes { get; init; }
    public IReadOnlySet<string>? Urls { get; init; }
    public IReadOnlySet<string>? Versions { get; init; }
    public IReadOnlyList<InstantRange> LastUpdated { get; init; } = [];
    public int Count { get; init; } = SearchParameters.DefaultCount;
    public int Offset { get; init; }

    /// <summary>Parameters that shape the answer rather than select resources; accepted and left alone.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "_format", "_pretty" };

    public static SearchQuery Parse(string type, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!SearchParameters.ByType.TryGetValue(type, out var known))
            throw EngineException.NotFound($"this server does not serve {type} resources");
        var query = new SearchQuery { Type = type };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawName, value) in parameters)
        {
            var name = rawName;
            if (Ignored.Contains(name)) continue;
            if (name.Contains(':', StringComparison.Ordinal))
                throw EngineException.Invalid($"{name}: search modifiers are not supported; use {name.Split(':')[0]} without one");
            if (name != "_lastUpdated" && !seen.Add(name))
                throw EngineException.Invalid($"{name}: given more than once; give it once and separate alternatives with commas");
            if (name is SearchParameters.Count or SearchParameters.Offset)
            {
                query = name == SearchParameters.Count ? query with { Count = Number(name, value, SearchParameters.MaxCount) } : query with { Offset = Number(name, value, int.MaxValue) };
                continue;
            }
            if (!known.Any(p => p.Name == name))
                throw EngineException.Invalid($"{name}: not a search parameter of {type}; this server understands {string.Join(", ", known.Select(p => p.Name))}, {SearchParameters.Count} and {SearchParameters.Offset}");
            var values = Values(name, value);
            query = name switch
            {
                "_id" => query with { Ids = values.ToHashSet(StringComparer.Ordinal) },
                "subject" or "patient" => query with { PatientIds = Intersect(query.PatientIds, values.Select(v => PatientId(name, v))) },
                "status" => query with { Statuses = values.Select(v => Status(name, v)).ToHashSet(StringComparer.Ordinal) },
                "identifier" => query with { Identifiers = [.. values.Select(Identifier)] },
                "code" => query with { Codes = [.. values.Select(v => CodeToken.Parse(name, v))] },
                "url" => query with { Urls = values.ToHashSet(StringComparer.Ordinal) },
                "version" => query with { Versions = values.ToHashSet(StringComparer.Ordinal) },
                _ => query with { LastUpdated = [.. query.LastUpdated, InstantRange.Parse(name, value)] },
            };
        }
        return query;
    }

    private static List<string> Values(string name, string value)
    {
        var values = value.Split(',').Select(v => v.Trim()).ToList();
        if (values.Any(v => v.Length == 0)) throw EngineException.Invalid($"{name}: an empty value; give one, or several separated by commas");
        return values;
    }

    private static int Number(string name, string value, int max)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            throw EngineException.Invalid($"{name}: '{value}' is not a whole number of zero or more");
        return Math.Min(number, max);
    }

    /// <summary><c>subject</c> and <c>patient</c> together mean both: a resource must match each.</summary>
    private static HashSet<string> Intersect(IReadOnlySet<string>? earlier, IEnumerable<string?> ids)
    {
        var set = ids.Select(id => id ?? "").ToHashSet(StringComparer.Ordinal);
        if (earlier is not null) set.IntersectWith(earlier);
        return set;
    }

    /// <summary>The id in <c>Patient/{id}</c>, a bare id, or an absolute URL ending in <c>Patient/{id}</c>; another type matches nothing.</summary>
    private static string? PatientId(string name, string reference)
    {
        var parts = reference.Split('/');
        if (parts.Length == 1) return parts[0];
        if (parts[^1].Length == 0) throw EngineException.Invalid($"{name}: '{reference}' names no id; give Patient/{{id}}");
        return parts[^2] == "Patient" ? parts[^1] : null;
    }

    private static string Status(string name, string code) =>
        EnumUtility.ParseLiteral<RequestStatus>(code) is not null
            ? code
            : throw EngineException.Invalid($"{name}: '{code}' is not a CarePlan status; use draft, active, on-hold, revoked, completed, entered-in-error or unknown");

    private static (string?, string) Identifier(string token)
    {
        var bar = token.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (null, token) : (token[..bar].Length == 0 ? null : token[..bar], token[(bar + 1)..]);
    }
}
