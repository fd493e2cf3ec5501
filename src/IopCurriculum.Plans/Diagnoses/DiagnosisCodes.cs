using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace IopCurriculum.Plans.Diagnoses;

/// <summary>
/// The ICD-10-CM codes a treatment plan may record as a diagnosis, read once from <c>icd-10-cm.tsv</c>
/// shipped inside the assembly: the billable substance use codes (F10-F19) and the common co-occurring
/// disorders, each with its official CMS title.
/// </summary>
public static partial class DiagnosisCodes
{
    /// <summary>The FHIR system URI for ICD-10-CM codings.</summary>
    public const string System = "http://hl7.org/fhir/sid/icd-10-cm";

    private const string ResourceName = "IopCurriculum.Plans.Diagnoses.icd-10-cm.tsv";
    private const string Header = "code\ttitle";

    private static readonly Lazy<Catalogue> Shipped = new(LoadShipped);

    /// <summary>Every code in the list, in tabular order.</summary>
    public static IReadOnlyList<DiagnosisCode> All => Shipped.Value.Codes;

    /// <summary>
    /// The code as the list has it, or null. The leading letter may be lower case and the dot may be left out
    /// (<c>f1020</c> finds <c>F10.20</c>, as claim files write it); every other character must match exactly.
    /// </summary>
    public static DiagnosisCode? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Shipped.Value.ByCode.GetValueOrDefault(Normalize(code));
    }

    /// <summary>
    /// Codes for a picker, at most <paramref name="limit"/>: first those whose code starts with the text, then
    /// those whose title has a word starting with each word of the text, both case-insensitive and in
    /// tabular order. Blank text finds nothing, so the picker does not list the whole catalogue.
    /// </summary>
    public static IReadOnlyList<DiagnosisCode> Search(string text, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = text.Trim();
        if (query.Length == 0) return [];

        var prefix = Normalize(query).ToUpperInvariant();
        var words = Words(query);
        var codes = Shipped.Value.Codes;
        var byCode = codes.Where(c => c.Code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        var byTitle = words.Length == 0
            ? []
            : codes.Where(c => TitleHasEvery(c.Title, words));
        return byCode.Concat(byTitle).Distinct().Take(limit).ToList();
    }

    /// <summary>
    /// Reads the list's text; a line without a tab, a code not shaped like an ICD-10-CM code, a blank title or
    /// a code listed twice is refused with its line number, so a bad edit fails the first test run.
    /// </summary>
    internal static IReadOnlyList<DiagnosisCode> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codes = new List<DiagnosisCode>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var sawHeader = false;
        var number = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!sawHeader)
            {
                if (line != Header)
                    throw new FormatException($"{sourceName}:{number}: expected the header \"code<TAB>title\" before the codes");
                sawHeader = true;
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2)
                throw new FormatException(fields.Length == 1
                    ? $"{sourceName}:{number}: no tab between the code and its title"
                    : $"{sourceName}:{number}: more than one tab; a line is a code, a tab and its title");
            var (code, title) = (fields[0], fields[1]);
            if (!CodeShape().IsMatch(code))
                throw new FormatException(
                    $"{sourceName}:{number}: \"{code}\" is not an ICD-10-CM code (a capital letter, two digits, then optionally a dot and up to four letters or digits)");
            if (string.IsNullOrWhiteSpace(title))
                throw new FormatException($"{sourceName}:{number}: {code} has no title");
            if (lines.TryGetValue(code, out var first))
                throw new FormatException($"{sourceName}:{number}: {code} is already listed on line {first}");
            lines[code] = number;
            codes.Add(new DiagnosisCode(code, title));
        }

        if (!sawHeader)
            throw new FormatException($"{sourceName}:{number}: no header \"code<TAB>title\" and no codes");
        return codes.AsReadOnly();
    }

    private static string Normalize(string code)
    {
        if (code.Length == 0) return code;
        var upper = char.ToUpperInvariant(code[0]) + code[1..];
        return upper.Length > 3 && !upper.Contains('.') ? $"{upper[..3]}.{upper[3..]}" : upper;
    }

    private static string[] Words(string text) =>
        WordSplit().Split(text).Where(w => w.Length > 0).ToArray();

    private static bool TitleHasEvery(string title, string[] words)
    {
        var titleWords = Words(title);
        return words.All(w => titleWords.Any(t => t.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
    }

    private static Catalogue LoadShipped()
    {
        using var stream = typeof(DiagnosisCodes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the assembly lacks its {ResourceName}");
        using var reader = new StreamReader(stream);
        var codes = Parse(reader.ReadToEnd(), "icd-10-cm.tsv");
        return new Catalogue(codes, codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex WordSplit();

    private sealed record Catalogue(IReadOnlyList<DiagnosisCode> Codes, FrozenDictionary<string, DiagnosisCode> ByCode);
}
