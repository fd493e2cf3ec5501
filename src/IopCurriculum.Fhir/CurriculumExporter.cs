using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Resources;
using IopCurriculum.Persistence;

namespace IopCurriculum.Fhir;

/// <summary>
/// Exports a curriculum as a transaction Bundle of its PlanDefinition and ActivityDefinitions, each a
/// conditional update on its canonical URL and version, so a server holds each edition once.
/// </summary>
public sealed class CurriculumExporter(IopDatabase database, TimeProvider clock, ExportSettings? settings = null)
{
    private readonly ExportSettings _settings = settings ?? new ExportSettings();

    public ExportSummary Export(string curriculumPath, string outputFile, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(curriculumPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFile);
        var loaded = CurriculumLoader.Load(curriculumPath);
        if (!loaded.Succeeded)
            throw EngineException.Invalid($"the curriculum at {curriculumPath} does not load", [.. loaded.Diagnostics.Select(d => d.ToString())]);
        var curriculum = loaded.Value;

        var at = clock.GetUtcNow();
        var destination = Path.GetFullPath(outputFile);
        var folder = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var writer = new BundleWriter(partial, labelled: false))
            {
                var id = curriculum.Id.Value;
                writer.Add(new ExportEntry(id, null, CurriculumResources.PlanKey(_settings, curriculum), CurriculumResources.PlanDefinition(_settings, curriculum, withId: false)));
                foreach (var track in curriculum.Tracks)
                    foreach (var session in track.Sessions)
                        writer.Add(new ExportEntry(id, null, CurriculumResources.ActivityKey(_settings, curriculum, session.Code),
                            CurriculumResources.ActivityDefinition(_settings, curriculum, track, session, withId: false)));
                writer.Close();
            }
            var counts = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["PlanDefinition"] = 1,
                ["ActivityDefinition"] = curriculum.Sessions.Count(),
            };
            ExportAudit.Record(database, at, actor, "plandefinition bundle", $"curriculum {curriculum.Id} {curriculum.Version}", counts, destination);
            File.Move(partial, destination, overwrite: true);
            return new ExportSummary(destination, [Path.GetFileName(destination)], counts, at, []);
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }
}
