using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Files;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Workflows.Loading;

namespace IopCurriculum.Workflows;

/// <summary>
/// Reads a workflow definition, reporting every problem at once as <c>file:line:column</c>.
/// Returns the whole definition or none of it.
/// </summary>
public static class WorkflowLoader
{
    /// <summary>A definition file.</summary>
    public static LoadResult<WorkflowDefinition> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var diagnostics = new DiagnosticBag();
        var text = DefinitionFile.ReadText(path, "workflow", diagnostics);
        return text is null ? LoadResult.Failure<WorkflowDefinition>(diagnostics.Sorted()) : Parse(text, path);
    }

    /// <summary>Definition text that is not a file, such as a version stored in the database.</summary>
    /// <param name="sourceName">Stands where a file path would in diagnostics.</param>
    public static LoadResult<WorkflowDefinition> Parse(string source, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.ParseMapping(source, sourceName, "workflow", diagnostics)?.Expect("the workflow", WorkflowKeys.Workflow);
        var definition = map is null ? null : WorkflowReader.Read(map, source);
        return definition is not null && diagnostics.Count == 0
            ? LoadResult.Success(definition)
            : LoadResult.Failure<WorkflowDefinition>(diagnostics.Sorted());
    }
}
