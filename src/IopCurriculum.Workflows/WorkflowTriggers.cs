using IopCurriculum.Definitions.Yaml;

namespace IopCurriculum.Workflows;

/// <summary>Triggers as definitions and messages spell them.</summary>
public static class WorkflowTriggers
{
    /// <summary>The kebab-case word, such as <c>week-elapsed</c>.</summary>
    public static string Word(this WorkflowTrigger trigger) => EnumNames.Kebab(trigger);
}
