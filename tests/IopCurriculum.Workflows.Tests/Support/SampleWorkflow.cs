using IopCurriculum.Definitions.Diagnostics;

namespace IopCurriculum.Workflows.Tests.Support;

/// <summary>
/// A small valid workflow. Tests break one thing in it at a time, so every problem has a predictable place.
/// </summary>
internal static class SampleWorkflow
{
    public const string SourceName = DiagnosticAssert.InMemorySource;

    public const string Text = """
        workflow: sample
        version: 1
        title: Sample
        initial: first
        stages:
          - name: first
            on_entry: [plan-sessions]
          - name: second
            description: The middle.
            on_entry:
              - render-guides
              - { action: issue-reward, amount: 10 }
          - name: last
            final: true
        transitions:
          - from: first
            on: week-elapsed
            when: stage_weeks >= 2 and attended(XX) >= 3
            to: second
          - from: second
            on: test-result
            when: result == positive
            actions: [notify-team]
          - from: second
            on: week-elapsed
            when: week >= 4
            to: last
          - from: [first, second]
            on: discharge
            to: last

        """;

    public static LoadResult<WorkflowDefinition> Parse(string text) => WorkflowLoader.Parse(text, SourceName);

    /// <summary>The sample with one piece of text replaced, parsed.</summary>
    public static LoadResult<WorkflowDefinition> With(string original, string replacement) =>
        Parse(TextPosition.Replace(Text, original, replacement));

    /// <summary>The minimal definition whose one transition, from 'only' to 'done', fires on <paramref name="trigger"/> when <paramref name="when"/> holds.</summary>
    public static string WithGuard(string trigger, string when) =>
        Minimal($"  - from: only\n    on: {trigger}\n    when: {when}\n    to: done");

    /// <summary>A definition of one stage plus <paramref name="transitions"/>, for guard and runtime tests.</summary>
    public static string Minimal(string transitions) => $"""
        workflow: minimal
        version: 1
        title: Minimal
        initial: only
        stages:
          - name: only
          - name: done
            final: true
        transitions:
        {transitions}
          - from: only
            on: discharge
            to: done

        """;
}
