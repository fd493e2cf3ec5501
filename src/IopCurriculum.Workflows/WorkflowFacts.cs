namespace IopCurriculum.Workflows;

/// <summary>
/// The facts a guard reads, supplied by the engine for one firing. Each property says which guard name
/// reads it; symbols are null when the trigger does not carry them.
/// </summary>
public sealed class WorkflowFacts
{
    private static readonly IReadOnlyDictionary<string, int> NoCounts = System.Collections.ObjectModel.ReadOnlyDictionary<string, int>.Empty;
    private static readonly IReadOnlyDictionary<string, MeasureFacts> NoMeasures = System.Collections.ObjectModel.ReadOnlyDictionary<string, MeasureFacts>.Empty;

    /// <summary><c>week</c>: the client's weeks completed in the programme.</summary>
    public int Week { get; init; }

    /// <summary><c>stage_weeks</c>: weeks completed since the current stage was last entered (or re-entered).</summary>
    public int StageWeeks { get; init; }

    /// <summary><c>consecutive_negatives</c>: negative tests in a row, counting the latest.</summary>
    public int ConsecutiveNegatives { get; init; }

    /// <summary><c>results_this_week</c>: test results recorded in the week that just ended.</summary>
    public int ResultsThisWeek { get; init; }

    /// <summary><c>attended(CODE)</c>: sessions of a track attended (or joined late) since the stage was entered; a missing code counts 0.</summary>
    public IReadOnlyDictionary<string, int> Attended { get; init; } = NoCounts;

    /// <summary><c>missed(CODE)</c>: absences from a track since the stage was entered; a missing code counts 0.</summary>
    public IReadOnlyDictionary<string, int> Missed { get; init; } = NoCounts;

    /// <summary><c>track</c>: the code of the session just recorded (session-recorded).</summary>
    public string? Track { get; init; }

    /// <summary><c>status</c>: attended, late, excused, absent or cancelled (session-recorded).</summary>
    public string? Status { get; init; }

    /// <summary><c>result</c>: negative, positive, missed or invalid (test-result).</summary>
    public string? Result { get; init; }

    /// <summary><c>target</c>: the stage a clinician asks for (clinical-override).</summary>
    public string? Target { get; init; }

    /// <summary><c>plan_signed</c>: the client has a signed treatment plan in force in this enrolment.</summary>
    public bool PlanSigned { get; init; }

    /// <summary><c>plan_review_overdue</c>: the plan in force is past its review date.</summary>
    public bool PlanReviewOverdue { get; init; }

    /// <summary><c>goals_active</c>: active goals in the plan in force (or in the draft while none is signed).</summary>
    public int GoalsActive { get; init; }

    /// <summary><c>goals_achieved</c>: achieved goals in the same plan.</summary>
    public int GoalsAchieved { get; init; }

    /// <summary><c>measure</c>: the id of the instrument just recorded, such as PHQ9 (measure-recorded).</summary>
    public string? Measure { get; init; }

    /// <summary>
    /// <c>score(ID)</c>, <c>item(ID, N)</c>, <c>severity(ID)</c>, <c>change(ID)</c>: the client's latest
    /// measure of each instrument in this enrolment (on measure-recorded, the one just recorded), by id.
    /// </summary>
    public IReadOnlyDictionary<string, MeasureFacts> Measures { get; init; } = NoMeasures;

    /// <summary>Facts with every count zero and no symbols, for triggers that need nothing else.</summary>
    public static WorkflowFacts None { get; } = new();

    public int AttendedIn(string track) => Attended.TryGetValue(track, out var count) ? count : 0;

    public int MissedIn(string track) => Missed.TryGetValue(track, out var count) ? count : 0;

    public MeasureFacts? MeasureOf(string measure) => Measures.GetValueOrDefault(measure);
}
