using IopCurriculum.Engine.Measures;
using NodaTime;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>
/// The small cohort with measures recorded on the first Monday, one of each kind the export must handle:
/// <list type="bullet">
/// <item><c>C-1</c>: a PHQ-9 answered in full, total 12 (moderate) with item 9 above 0, and a GAD-7 with item 7
/// unanswered, so its total (9, mild) is prorated.</item>
/// <item><c>C-2</c>: a BAM answered in full (no LOINC codes at all), and a PHQ-9 with three items unanswered,
/// too many for its total to be given.</item>
/// <item><c>C-3</c>: a PHQ-9 later marked entered in error, and a craving rating of 7 (no panel).</item>
/// </list>
/// </summary>
internal sealed class MeasureCohort : IDisposable
{
    public static readonly LocalDate Monday = new(2027, 1, 4);
    public const string StruckReason = "recorded against the wrong client";

    public MeasureCohort()
    {
        Phq9 = Record("C-1", "PHQ9", new() { ["1"] = 2, ["2"] = 1, ["3"] = 2, ["4"] = 1, ["5"] = 1, ["6"] = 2, ["7"] = 1, ["8"] = 1, ["9"] = 1, ["10"] = 1 });
        Gad7 = Record("C-1", "GAD7", new() { ["1"] = 2, ["2"] = 2, ["3"] = 1, ["4"] = 1, ["5"] = 1, ["6"] = 1 });
        Bam = Record("C-2", "BAM", new()
        {
            ["1"] = 2, ["2"] = 1, ["3"] = 2, ["4"] = 1, ["5"] = 0, ["6"] = 2, ["7a"] = 0, ["7b"] = 0, ["7c"] = 2, ["7d"] = 0, ["7e"] = 0, ["7f"] = 0, ["7g"] = 0,
            ["8"] = 3, ["9"] = 2, ["10"] = 3, ["11"] = 1, ["12"] = 2, ["13"] = 4, ["14"] = 4, ["15"] = 1, ["16"] = 3, ["17"] = 2,
        });
        Unscored = Record("C-2", "PHQ9", new() { ["1"] = 1, ["2"] = 1, ["3"] = 0, ["4"] = 2, ["5"] = 1, ["6"] = 0 });
        Struck = Record("C-3", "PHQ9", new() { ["1"] = 3, ["2"] = 3, ["3"] = 3, ["4"] = 3, ["5"] = 3, ["6"] = 3, ["7"] = 3, ["8"] = 3, ["9"] = 0 });
        Craving = Record("C-3", "CRAVING", new() { ["1"] = 7 });
        var h = Small.Harness;
        h.SetInstant(h.Now.Plus(Duration.FromHours(1)));
        StruckAt = h.Now;
        h.Engine.Measures.Strike(SmallCohort.CohortId, Struck.Id, StruckReason, "lee");
    }

    public SmallCohort Small { get; } = new();

    public MeasureEntry Phq9 { get; }
    public MeasureEntry Gad7 { get; }
    public MeasureEntry Bam { get; }
    public MeasureEntry Unscored { get; }
    public MeasureEntry Struck { get; }
    public MeasureEntry Craving { get; }
    public Instant StruckAt { get; }

    private MeasureEntry Record(string client, string instrument, Dictionary<string, int> answers) =>
        Small.Harness.Engine.Measures.Record(new MeasureRequest
        {
            CohortId = SmallCohort.CohortId, ClientId = client, Instrument = instrument, AnsweredOn = Monday, Answers = answers, Actor = "fay",
        }).Measure;

    public void Dispose() => Small.Dispose();
}
