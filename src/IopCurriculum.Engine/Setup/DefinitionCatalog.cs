using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Setup;

/// <summary>
/// Stores each workflow definition version once. A version number names exactly one content: registering
/// the same version with other content is refused, so an edit must raise the version.
/// </summary>
internal static class DefinitionCatalog
{
    public static WorkflowDefinition LoadFile(string path)
    {
        var loaded = WorkflowLoader.Load(path);
        if (!loaded.Succeeded)
            throw EngineException.Invalid($"the workflow definition {path} has {Count(loaded.Diagnostics)}", [.. loaded.Diagnostics.Select(d => d.ToString())]);
        return loaded.Value;
    }

    /// <summary>The stored record for the definition, adding it when new. Call inside the caller's transaction.</summary>
    public static WorkflowDefinitionRecord Register(IopDbContext db, WorkflowDefinition definition, string sourceName, DateTime now)
    {
        var existing = db.WorkflowDefinitions.SingleOrDefault(d => d.Name == definition.Name && d.Version == definition.Version);
        if (existing is not null)
        {
            if (existing.ContentHash == definition.ContentHash) return existing;
            throw EngineException.Conflict(
                $"{sourceName}: {definition.Name} version {definition.Version} is already registered with other content " +
                $"(stored {ContentHash.Short(existing.ContentHash)}, file {ContentHash.Short(definition.ContentHash)}); raise 'version' to register the edit");
        }
        var record = new WorkflowDefinitionRecord
        {
            Name = definition.Name,
            Version = definition.Version,
            ContentHash = definition.ContentHash,
            Source = definition.Source,
            SourceName = sourceName,
            RegisteredUtc = now,
        };
        db.WorkflowDefinitions.Add(record);
        return record;
    }

    public static WorkflowDefinitionRecord Find(IopDbContext db, string nameAndVersion)
    {
        var at = nameAndVersion.LastIndexOf('@');
        var name = at < 0 ? nameAndVersion : nameAndVersion[..at];
        var query = db.WorkflowDefinitions.AsNoTracking().Where(d => d.Name == name);
        if (at >= 0)
        {
            if (!int.TryParse(nameAndVersion[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var version))
                throw EngineException.Invalid($"'{nameAndVersion}' is not NAME@VERSION, such as matrix-client@1");
            query = query.Where(d => d.Version == version);
        }
        return query.OrderByDescending(d => d.Version).FirstOrDefault()
            ?? throw EngineException.NotFound($"no workflow definition {nameAndVersion} is registered");
    }

    private static string Count(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 1 ? "1 error" : $"{diagnostics.Count} errors";
}
