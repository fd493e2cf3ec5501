using System.Collections.Concurrent;

namespace IopCurriculum.Fhir.Identity;

/// <summary>
/// Every canonical URL and code system the export mints, from one base: <c>urn:iop</c> by default, or a
/// program's own web address. A URN base joins with colons, a web base with slashes, so either reads as
/// its kind. The same curriculum, base and version always give the same URLs.
/// </summary>
public sealed class Naming
{
    public const string DefaultBase = "urn:iop";

    public Naming(string? canonicalBase = null)
    {
        var text = string.IsNullOrWhiteSpace(canonicalBase) ? DefaultBase : canonicalBase.Trim().TrimEnd('/', ':');
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("urn" or "http" or "https"))
            throw new ArgumentException($"'{canonicalBase}' is not a canonical base: give an http(s) URL or a urn such as {DefaultBase}", nameof(canonicalBase));
        Base = text;
        _separator = uri.Scheme == "urn" ? ':' : '/';
        AttendanceSystem = Join("CodeSystem", "attendance");
        CategorySystem = Join("CodeSystem", "careplan-category");
        TestSystem = Join("CodeSystem", "drug-test");
    }

    private readonly char _separator;
    private readonly ConcurrentDictionary<string, string> _trackSystems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Instrument, string List), string> _answerSystems = new();

    public string Base { get; }

    public string PlanDefinition(string curriculumId) => Join("PlanDefinition", curriculumId);

    public string ActivityDefinition(string curriculumId, string trackCode, int session) =>
        Join("ActivityDefinition", $"{curriculumId}-{trackCode.ToLowerInvariant()}-{session}");

    /// <summary>The canonical URL of an instrument's Questionnaire, such as <c>urn:iop:Questionnaire:PHQ9</c>.</summary>
    public string Questionnaire(string instrumentId) => Join("Questionnaire", instrumentId);

    /// <summary>
    /// The project's own code system for one answer list of an instrument (<c>urn:iop:CodeSystem:PHQ9-answers-difficulty</c>),
    /// whose codes are the answers' points: for answers no source gives a LOINC code.
    /// </summary>
    public string AnswerSystem(string instrumentId, string answerList) =>
        _answerSystems.GetOrAdd((instrumentId, answerList), k => Join("CodeSystem", $"{k.Instrument}-answers-{Uri.EscapeDataString(k.List)}"));

    /// <summary>The project's own code system for a curriculum's tracks (used where no confirmed SNOMED code fits).</summary>
    public string TrackSystem(string curriculumId) => _trackSystems.GetOrAdd(curriculumId, id => Join("CodeSystem", $"{id}-track"));

    /// <summary>Why a planned session did not happen as planned: absent, excused, cancelled, not recorded…</summary>
    public string AttendanceSystem { get; }

    public string CategorySystem { get; }

    public string TestSystem { get; }

    /// <summary>An identifier system of the program's, such as <c>urn:iop:eastside:careplan</c>.</summary>
    public static string IdentifierSystem(string programId, string kind) => $"urn:iop:{programId}:{kind}";

    /// <summary>The program's configured system for client ids, or <c>urn:iop:{program}:client</c>.</summary>
    public static string ClientSystem(string programId, string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? IdentifierSystem(programId, "client") : configured;

    private string Join(string kind, string id) => $"{Base}{_separator}{kind}{_separator}{id}";
}
