using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Goals;
using NodaTime;
using NodaTime.Text;

namespace IopCurriculum.Plans.Files;

/// <summary>
/// Reads a treatment plan written as YAML (or JSON, which reads the same) and checks it against the
/// client's enrolment and the cohort's curriculum. Every problem is reported at its file:line:column,
/// and a plan with any problem is not returned at all.
/// </summary>
public static class PlanFileReader
{
    /// <summary>The longest statement, objective or service description, in characters.</summary>
    public const int StatementLength = 1000;

    /// <summary>The longest note or summary, in characters.</summary>
    public const int NoteLength = 4000;

    private static readonly string[] Keys = ["assessment", "problems"];
    private static readonly string[] AssessmentKeys = ["diagnoses", "asam", "level_of_care", "summary"];
    private static readonly string[] DiagnosisKeys = ["code", "text"];
    private static readonly string[] RatingKeys = ["risk", "note"];
    private static readonly string[] ProblemKeys = ["statement", "goals"];
    private static readonly string[] GoalKeys = ["statement", "target", "status", "objectives", "interventions"];
    private static readonly string[] InterventionKeys = ["service", "tracks", "frequency", "responsible"];

    public static LoadResult<TreatmentPlanContent> Parse(string text, string sourceName, PlanContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.ParseMapping(text, sourceName, "treatment plan", diagnostics)?.Expect("the treatment plan", Keys);
        if (map is null) return LoadResult.Failure<TreatmentPlanContent>(diagnostics.Sorted());
        var assessment = ReadAssessment(map, context);
        var problems = ReadProblems(map, context);
        return assessment is not null && diagnostics.Count == 0
            ? LoadResult.Success(new TreatmentPlanContent(assessment, problems))
            : LoadResult.Failure<TreatmentPlanContent>(diagnostics.Sorted());
    }

    private static PlanAssessment? ReadAssessment(YamlMap plan, PlanContext context)
    {
        var map = plan.Map("assessment", required: true)?.Expect("the assessment", AssessmentKeys);
        if (map is null) return null;
        var diagnoses = new List<Diagnosis>();
        var items = map.Items("diagnoses", required: true);
        if (items.Count == 0 && map.Has("diagnoses")) map.Diagnostics.Add(map.ValueLocationOf("diagnoses"), "the assessment lists no diagnosis; give at least one, by code or as text");
        foreach (var item in items)
        {
            var diagnosis = map.MapItem(item, "diagnoses")?.Expect("a diagnosis", DiagnosisKeys);
            if (diagnosis is null) continue;
            var code = diagnosis.Text("code");
            var words = Bounded(diagnosis, "text", StatementLength);
            if ((code is null) == (words is null))
                diagnosis.Diagnostics.Add(diagnosis.Location, "a diagnosis has either 'code' (ICD-10-CM) or 'text', not both and not neither");
            else if (words is not null) diagnoses.Add(new Diagnosis(null, words));
            else if (context.FindDiagnosis(code!.Trim()) is { } listed) diagnoses.Add(listed);
            else
                diagnosis.Diagnostics.Add(diagnosis.ValueLocationOf("code"),
                    $"'{code}' is not an ICD-10-CM code this program lists; check the code, or write the diagnosis as 'text' instead");
        }
        var ratings = ReadAsam(map);
        var level = map.Text("level_of_care", required: true);
        string? normal = null;
        if (level is not null && (normal = LevelsOfCare.Normal(level)) is null)
            map.Diagnostics.Add(map.ValueLocationOf("level_of_care"),
                $"'level_of_care' must be an ASAM level ({string.Join(", ", LevelsOfCare.All)}), not '{level}'");
        var summary = Bounded(map, "summary", NoteLength);
        return ratings is null || normal is null ? null : new PlanAssessment(diagnoses, ratings, normal, summary);
    }

    private static List<AsamRating>? ReadAsam(YamlMap assessment)
    {
        var names = Enum.GetValues<AsamDimension>().ToDictionary(EnumNames.Kebab, d => d, StringComparer.Ordinal);
        var map = assessment.Map("asam", required: true)?.Expect("the ASAM ratings", names.Keys);
        if (map is null) return null;
        var ratings = new List<AsamRating>();
        foreach (var (name, dimension) in names)
        {
            if (!map.Has(name))
            {
                map.Diagnostics.Add(map.Location, $"the ASAM ratings have no '{name}' (dimension {(int)dimension}); rate all six, 0 to 4");
                continue;
            }
            var rating = map.Map(name)?.Expect($"the rating of '{name}'", RatingKeys);
            var risk = rating?.WholeNumber("risk", required: true, min: AsamRating.LowestRisk, max: AsamRating.HighestRisk);
            if (rating is not null && risk is { } r) ratings.Add(new AsamRating(dimension, r, Bounded(rating, "note", NoteLength)));
        }
        return ratings.Count == names.Count ? ratings : null;
    }

    private static List<Problem> ReadProblems(YamlMap plan, PlanContext context)
    {
        var problems = new List<Problem>();
        var items = plan.Items("problems", required: true);
        if (items.Count == 0 && plan.Has("problems")) plan.Diagnostics.Add(plan.ValueLocationOf("problems"), "the plan lists no problem; give at least one, with its goals");
        foreach (var item in items)
        {
            var map = plan.MapItem(item, "problems")?.Expect("a problem", ProblemKeys);
            if (map is null) continue;
            var statement = Bounded(map, "statement", StatementLength, required: true);
            var goals = new List<Goal>();
            var goalItems = map.Items("goals", required: true);
            if (goalItems.Count == 0 && map.Has("goals")) map.Diagnostics.Add(map.ValueLocationOf("goals"), "a problem needs at least one goal");
            foreach (var goalItem in goalItems)
                if (map.MapItem(goalItem, "goals")?.Expect("a goal", GoalKeys) is { } goal && ReadGoal(goal, context) is { } read)
                    goals.Add(read);
            if (statement is not null) problems.Add(new Problem(statement, goals));
        }
        return problems;
    }

    private static Goal? ReadGoal(YamlMap map, PlanContext context)
    {
        var statement = Bounded(map, "statement", StatementLength, required: true);
        var target = map.Value("target", required: true, "a date such as 2027-03-01",
            text => LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : (LocalDate?)null,
            date => date < context.EnrolledOn
                ? $"'target' {date:uuuu-MM-dd} is before the client's course began on {context.EnrolledOn:uuuu-MM-dd}"
                : null);
        var status = map.Enum<GoalStatus>("status") ?? GoalStatus.Proposed;
        var objectives = new List<string>();
        foreach (var (text, location) in map.LocatedStrings("objectives"))
        {
            if (string.IsNullOrWhiteSpace(text)) map.Diagnostics.Add(location, "an objective is empty");
            else if (text.Length > StatementLength) map.Diagnostics.Add(location, $"an objective is longer than {StatementLength} characters");
            else objectives.Add(text.Trim());
        }
        var interventions = new List<Intervention>();
        foreach (var item in map.Items("interventions"))
            if (map.MapItem(item, "interventions")?.Expect("an intervention", InterventionKeys) is { } intervention
                && ReadIntervention(intervention, context) is { } read)
                interventions.Add(read);
        return statement is null || target is null ? null : new Goal(statement, target.Value, status, objectives, interventions);
    }

    private static Intervention? ReadIntervention(YamlMap map, PlanContext context)
    {
        var service = Bounded(map, "service", StatementLength, required: true);
        var tracks = new List<string>();
        foreach (var (code, location) in map.LocatedStrings("tracks"))
        {
            if (context.Tracks.Contains(code)) tracks.Add(code);
            else map.Diagnostics.Add(location, $"the cohort's curriculum has no track '{code}'{Suggestions.Hint(code, context.Tracks)} (tracks: {string.Join(", ", context.Tracks.Order(StringComparer.Ordinal))})");
        }
        var frequency = Bounded(map, "frequency", StatementLength);
        var responsible = map.Text("responsible", required: true);
        if (responsible is not null && !string.IsNullOrWhiteSpace(responsible) && !context.IsStaff(responsible.Trim()))
            map.Diagnostics.Add(map.ValueLocationOf("responsible"), $"'responsible' names '{responsible}', who is not a staff member here; give the user name of the clinician or facilitator");
        return service is null || responsible is null ? null : new Intervention(service, tracks, frequency, responsible.Trim());
    }

    private static string? Bounded(YamlMap map, string key, int length, bool required = false)
    {
        var text = map.Text(key, required);
        if (text is null) return null;
        if (text.Length > length)
        {
            map.Diagnostics.Add(map.ValueLocationOf(key), $"'{key}' is longer than {length} characters");
            return null;
        }
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            map.Diagnostics.Add(map.ValueLocationOf(key), $"'{key}' contains a control character");
            return null;
        }
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
