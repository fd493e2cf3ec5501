using System.Collections.Concurrent;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Workflows;

namespace IopCurriculum.Fhir.Reading;

/// <summary>
/// What readers may share across exports and API requests: curricula loaded from their files, kept until a
/// file in the curriculum changes, and stored workflow definitions, which never change once stored. Safe
/// for many threads at once.
/// </summary>
public sealed class ReaderCache
{
    private readonly ConcurrentDictionary<string, (string Stamp, Curriculum Curriculum)> _curricula = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, WorkflowDefinition> _definitions = new();

    internal Curriculum Curriculum(string path, Func<Curriculum> load)
    {
        var stamp = Stamp(path);
        if (_curricula.TryGetValue(path, out var known) && known.Stamp == stamp) return known.Curriculum;
        var loaded = load();
        _curricula[path] = (stamp, loaded);
        return loaded;
    }

    internal WorkflowDefinition? Definition(long id) => _definitions.GetValueOrDefault(id);

    internal WorkflowDefinition Remember(long id, WorkflowDefinition definition) => _definitions.GetOrAdd(id, definition);

    /// <summary>The files' count, newest write and total size: any edit, addition or removal changes it.</summary>
    private static string Stamp(string path)
    {
        var files = Directory.Exists(path)
            ? new DirectoryInfo(path).EnumerateFiles("*.yaml", SearchOption.AllDirectories).ToList()
            : File.Exists(path) ? [new FileInfo(path)] : [];
        var newest = files.Count == 0 ? 0 : files.Max(f => f.LastWriteTimeUtc.Ticks);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{files.Count}:{newest}:{files.Sum(f => f.Length)}");
    }
}
