using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine;

/// <summary>
/// The workflow definitions to read and draw: the versions stored in the database (cohorts run these) and
/// the files in a definitions folder (not stored until a cohort uses them). Reading only.
/// </summary>
public sealed class WorkflowLibrary
{
    private readonly EngineContext _context;

    internal WorkflowLibrary(EngineContext context) => _context = context;

    /// <summary>Every stored version, by name and then version.</summary>
    public IReadOnlyList<StoredWorkflow> Stored()
    {
        using var db = _context.Database.Open();
        return [.. db.WorkflowDefinitions.AsNoTracking()
            .OrderBy(d => d.Name).ThenBy(d => d.Version)
            .Select(d => new StoredWorkflow(d.Name, d.Version, d.ContentHash, d.SourceName, d.RegisteredUtc))];
    }

    /// <summary>Each <c>*.yaml</c> file in <paramref name="folder"/>, loaded; none when the folder does not exist.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Part of the service hosts call through the engine.")]
    public IReadOnlyList<WorkflowFile> InFolder(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(path =>
        {
            var loaded = WorkflowLoader.Load(path);
            return new WorkflowFile(path, loaded.Succeeded ? loaded.Value : null, [.. loaded.Diagnostics.Select(d => d.ToString())]);
        })];
    }

    /// <summary>
    /// The compiled machine of <paramref name="name"/> version <paramref name="version"/>: the stored
    /// version when there is one (what cohorts run), else the file in <paramref name="folder"/> that defines it.
    /// </summary>
    /// <exception cref="EngineException">NotFound when neither the database nor the folder has that version.</exception>
    public WorkflowMachine Machine(string name, int version, string? folder = null)
    {
        using (var db = _context.Database.Open())
        {
            var record = db.WorkflowDefinitions.AsNoTracking().SingleOrDefault(d => d.Name == name && d.Version == version);
            if (record is not null) return _context.Machine(record);
        }
        var file = folder is null ? null : InFolder(folder).FirstOrDefault(f => f.Definition is { } d && d.Name == name && d.Version == version);
        return file?.Definition is { } definition
            ? WorkflowMachine.Compile(definition)
            : throw EngineException.NotFound($"no workflow definition {name} version {version} is stored or in the definitions folder");
    }
}
