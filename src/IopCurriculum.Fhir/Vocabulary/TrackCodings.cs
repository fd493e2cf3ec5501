using System.Collections.Frozen;
using YamlDotNet.RepresentationModel;

namespace IopCurriculum.Fhir.Vocabulary;

/// <summary>
/// Which confirmed SNOMED CT code, if any, stands for each curriculum's tracks. Read from
/// <c>track-codes.yaml</c> (shipped inside the assembly, or a file of the program's own) and checked
/// against <see cref="ConfirmedSnomed"/> once, on load.
/// </summary>
public sealed class TrackCodings
{
    private const string ResourceName = "IopCurriculum.Fhir.Vocabulary.track-codes.yaml";

    private readonly FrozenDictionary<(string Curriculum, string Track), string> _codes;

    private TrackCodings(Dictionary<(string, string), string> codes) => _codes = codes.ToFrozenDictionary();

    /// <summary>The mapping shipped with the project.</summary>
    public static TrackCodings Default { get; } = LoadShipped();

    /// <summary>The confirmed SNOMED code for a track, or null where the track is exported as text.</summary>
    public string? Snomed(string curriculumId, string trackCode) => _codes.GetValueOrDefault((curriculumId, trackCode));

    /// <summary>Reads a mapping; a code that is not confirmed, or a malformed file, is refused with its place.</summary>
    public static TrackCodings Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml)) stream.Load(reader);
        var codes = new Dictionary<(string, string), string>();
        if (stream.Documents.Count == 0) return new TrackCodings(codes);
        if (stream.Documents[0].RootNode is not YamlMappingNode curricula)
            throw new FormatException($"{sourceName}: expected a map of curriculum ids");
        foreach (var (curriculumNode, tracksNode) in curricula.Children)
        {
            var curriculum = ((YamlScalarNode)curriculumNode).Value!;
            if (tracksNode is not YamlMappingNode tracks)
                throw new FormatException($"{sourceName}:{tracksNode.Start.Line}: expected a map of track codes under {curriculum}");
            foreach (var (trackNode, codeNode) in tracks.Children)
            {
                var track = ((YamlScalarNode)trackNode).Value!;
                var code = (codeNode as YamlScalarNode)?.Value;
                if (string.IsNullOrEmpty(code) || code == "null" || code == "~") continue;
                if (!ConfirmedSnomed.Displays.ContainsKey(code))
                    throw new FormatException(
                        $"{sourceName}:{codeNode.Start.Line}: {curriculum} {track}: SNOMED {code} is not a confirmed code; use one of {string.Join(", ", ConfirmedSnomed.Displays.Keys)} or null for text");
                codes[(curriculum, track)] = code;
            }
        }
        return new TrackCodings(codes);
    }

    private static TrackCodings LoadShipped()
    {
        using var stream = typeof(TrackCodings).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the assembly lacks its {ResourceName}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "track-codes.yaml");
    }
}
