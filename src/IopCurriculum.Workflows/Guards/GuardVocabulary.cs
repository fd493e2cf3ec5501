using IopCurriculum.Definitions.Measures;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Workflows.Guards;

/// <summary>Every name and function a guard may use, which triggers carry it, and the words a symbol may equal.</summary>
internal static class GuardVocabulary
{
    public const string Attended = "attended";
    public const string Missed = "missed";
    public const string Track = "track";
    public const string Status = "status";
    public const string Result = "result";
    public const string Target = "target";
    public const string Measure = "measure";
    public const string Score = "score";
    public const string Item = "item";
    public const string Change = "change";
    public const string Severity = "severity";

    public static IReadOnlyDictionary<string, GuardName> Names { get; } = new GuardName[]
    {
        new("week", null, f => f.Week, null),
        new("stage_weeks", null, f => f.StageWeeks, null),
        new("consecutive_negatives", null, f => f.ConsecutiveNegatives, null),
        new("results_this_week", WorkflowTrigger.WeekElapsed, f => f.ResultsThisWeek, null),
        new(Track, WorkflowTrigger.SessionRecorded, null, f => f.Track),
        new(Status, WorkflowTrigger.SessionRecorded, null, f => f.Status),
        new(Result, WorkflowTrigger.TestResult, null, f => f.Result),
        new(Target, WorkflowTrigger.ClinicalOverride, null, f => f.Target),
        new(Measure, WorkflowTrigger.MeasureRecorded, null, f => f.Measure),
        new("goals_active", null, f => f.GoalsActive, null),
        new("goals_achieved", null, f => f.GoalsAchieved, null),
    }.ToDictionary(n => n.Name, StringComparer.Ordinal);

    /// <summary>Facts that are true or false, written alone (<c>plan_signed</c>, <c>not plan_review_overdue</c>).</summary>
    public static IReadOnlyDictionary<string, Func<WorkflowFacts, bool>> Flags { get; } =
        new Dictionary<string, Func<WorkflowFacts, bool>>(StringComparer.Ordinal)
        {
            ["plan_signed"] = f => f.PlanSigned,
            ["plan_review_overdue"] = f => f.PlanReviewOverdue,
        };

    /// <summary>The per-track counts, <c>attended(ER)</c> and <c>missed(ER)</c>.</summary>
    public static IReadOnlyDictionary<string, Func<WorkflowFacts, string, int>> Functions { get; } =
        new Dictionary<string, Func<WorkflowFacts, string, int>>(StringComparer.Ordinal)
        {
            [Attended] = (facts, track) => facts.AttendedIn(track),
            [Missed] = (facts, track) => facts.MissedIn(track),
        };

    /// <summary>The functions that read a client's measures: <c>score(PHQ9)</c>, <c>item(PHQ9, 9)</c>, <c>change(PHQ9)</c>, <c>severity(GAD7)</c>.</summary>
    public static IReadOnlyList<string> MeasureFunctions { get; } = [Score, Item, Change, Severity];

    /// <summary>The instruments a guard may name, the ones the program ships.</summary>
    public static InstrumentSet Instruments => BuiltInMeasures.Instruments;

    /// <summary>Names, functions and flags together, for "did you mean".</summary>
    public static IReadOnlyList<string> AllWords { get; } = [.. Names.Keys, .. Functions.Keys, .. MeasureFunctions, .. Flags.Keys];

    public static IReadOnlyList<string> NumberNames { get; } = [.. Names.Values.Where(n => n.IsNumber).Select(n => n.Name)];

    public static IReadOnlyList<string> StatusWords { get; } = [.. Enum.GetValues<AttendanceStatus>().Select(s => s.Word())];

    public static IReadOnlyList<string> ResultWords { get; } =
        [.. Enum.GetValues<TestOutcome>().Select(o => o.ToString().ToLowerInvariant())];

    /// <summary>Null when <paramref name="word"/> may stand for <paramref name="name"/>; otherwise why not.</summary>
    public static string? CheckValue(GuardName name, string word, IReadOnlyCollection<string> stages) => name.Name switch
    {
        Status => Among(word, "status", StatusWords),
        Result => Among(word, "result", ResultWords),
        Target => stages.Contains(word)
            ? null
            : $"'{word}' is not a stage of this workflow{Definitions.Yaml.Suggestions.Hint(word, stages)}",
        Track => CheckTrackCode(word),
        Measure => CheckMeasure(word),
        _ => name.CheckWord?.Invoke(word),
    };

    /// <summary>Null for the id of a shipped instrument; otherwise why not.</summary>
    public static string? CheckMeasure(string word) =>
        Instruments.Find(word) is not null
            ? null
            : $"'{word}' is not a measure: one of {string.Join(" | ", Instruments.Ids)}{Definitions.Yaml.Suggestions.Hint(word, Instruments.Ids)}";

    /// <summary>Null for a well-formed track code; whether the curriculum has it is the caller's check.</summary>
    public static string? CheckTrackCode(string word) =>
        TrackCode.IsValid(word) ? null : $"'{word}' is not a track code: upper-case letters and digits, such as ER";

    private static string? Among(string word, string what, IReadOnlyList<string> words) =>
        words.Contains(word, StringComparer.Ordinal)
            ? null
            : $"'{word}' is not a {what}: one of {string.Join(" | ", words)}{Definitions.Yaml.Suggestions.Hint(word, words)}";
}
