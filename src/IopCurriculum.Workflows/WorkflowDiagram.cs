using System.Text;

namespace IopCurriculum.Workflows;

/// <summary>
/// A definition as a Mermaid state diagram people can read: each stage a node labelled by its title, each
/// transition an edge labelled by its trigger and condition in words ("a test result, when result is
/// negative"), the start marked <c>[*] --&gt;</c> and each final stage <c>--&gt; [*]</c>. Read from the
/// definition, not the compiled machine, so the words are the ones the journal and the pages use.
/// </summary>
public static class WorkflowDiagram
{
    public static string Mermaid(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var ids = Ids(definition.Stages);
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var stage in definition.Stages)
            text.Append(Line($"state \"{Escape(stage.Words)}\" as {ids[stage.Name]}"));
        text.Append(Line($"[*] --> {ids[definition.InitialStage]}"));
        foreach (var transition in definition.Transitions)
            foreach (var from in transition.From)
                text.Append(Line($"{ids[from]} --> {ids[transition.To ?? from]} : {Escape(EdgeWords(transition))}"));
        foreach (var stage in definition.Stages.Where(s => s.Final))
            text.Append(Line($"{ids[stage.Name]} --> [*]"));
        return text.ToString();
    }

    /// <summary>What moves a client along an edge: the trigger, and the condition when there is one, in words.</summary>
    public static string EdgeWords(TransitionDefinition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var words = transition.Trigger.Words();
        if (transition.When is { } when) words += $", when {GuardWords.Of(when.Text)}";
        return transition.Stays ? words + " (stays)" : words;
    }

    /// <summary>
    /// Text Mermaid shows as written: quotes, <c>#</c>, <c>;</c>, <c>&lt;</c>, <c>&gt;</c> and line breaks
    /// would end or change a statement, so they become Mermaid's entity codes.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                ';' => "#59;",
                '<' => "#lt;",
                '>' => "#gt;",
                ':' => "#58;",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    /// <summary>Mermaid node ids from stage names: letters, digits and underscores, kept apart if two names would meet.</summary>
    private static Dictionary<string, string> Ids(IEnumerable<StageDefinition> stages)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            var id = new string([.. stage.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
            var unique = id;
            for (var n = 2; !taken.Add(unique); n++) unique = $"{id}_{n}";
            ids[stage.Name] = unique;
        }
        return ids;
    }

    private static string Line(string statement) => "    " + statement + "\n";
}
