using Hl7.Fhir.Model;
using IopCurriculum.Engine;

namespace IopCurriculum.Fhir.Serving;

/// <summary>
/// One value of a <c>code</c> search, as FHIR token search reads it: <c>system|code</c>, <c>code</c> in any
/// system, <c>|code</c> for a code without a system, <c>system|</c> for any code of the system.
/// </summary>
/// <param name="System">The system the coding must have; null for any, empty for none.</param>
/// <param name="Code">The code it must have; null for any code of <paramref name="System"/>.</param>
public sealed record CodeToken(string? System, string? Code)
{
    public static CodeToken Parse(string parameter, string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var bar = token.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0) return new CodeToken(null, token);
        var system = token[..bar];
        var code = token[(bar + 1)..];
        if (system.Length == 0 && code.Length == 0)
            throw EngineException.Invalid($"{parameter}: '|' names neither a system nor a code; give system|code, code, |code or system|");
        if (code.Contains('|', StringComparison.Ordinal))
            throw EngineException.Invalid($"{parameter}: '{token}' has more than one '|'; give system|code");
        return new CodeToken(system, code.Length == 0 ? null : code);
    }

    /// <summary>Whether one of the concept's codings matches; a concept in text alone matches nothing.</summary>
    public bool Matches(CodeableConcept? concept) =>
        concept is not null && concept.Coding.Any(c =>
            (System is null || (System.Length == 0 ? string.IsNullOrEmpty(c.System) : c.System == System))
            && (Code is null || c.Code == Code));
}
