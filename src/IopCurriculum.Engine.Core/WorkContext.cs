using System.Collections.Concurrent;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Persistence;
using NodaTime;

namespace IopCurriculum.Engine;

/// <summary>
/// What every service shares, whichever project it is in: the database, the clock, and the curricula
/// compiled from their folders (the library loads stored versions through it, cohorts run them through it).
/// </summary>
internal class WorkContext(IopDatabase database, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Curriculum> _curricula = new(StringComparer.Ordinal);

    public IopDatabase Database { get; } = database;
    public TimeProvider Clock { get; } = clock;

    public Instant Now => Instant.FromDateTimeOffset(Clock.GetUtcNow());
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    public Curriculum Curriculum(string path) =>
        _curricula.GetOrAdd(path, p =>
        {
            var loaded = CurriculumLoader.Load(p);
            if (!loaded.Succeeded)
                throw EngineException.Invalid($"the curriculum at {p} does not load", [.. loaded.Diagnostics.Select(d => d.ToString())]);
            return loaded.Value;
        });

    /// <summary>Drops the compiled curriculum at <paramref name="path"/>, so the next use reads its folder again.</summary>
    public void Forget(string path) => _curricula.TryRemove(path, out _);
}
