using System.Text;
using IopCurriculum.Definitions.Yaml;

namespace IopCurriculum.Plans.Drafts;

/// <summary>
/// Writes a draft as the plan text a clinician would write by hand: every value double-quoted (a JSON
/// string is a YAML one), required fields written even when empty so the reader names them, optional
/// ones and blank rows left out. The same content always gives the same text.
/// </summary>
public static class PlanDraftWriter
{
    public static DraftText Write(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = new Text();
        text.Line("assessment:");
        text.Field("diagnoses", "  diagnoses:");
        for (var i = 0; i < draft.Diagnoses.Count; i++)
        {
            var d = draft.Diagnoses[i];
            if (d.IsBlank) continue;
            var first = true;
            if (!string.IsNullOrWhiteSpace(d.Code)) { text.Field($"diagnoses[{i}]", $"    - code: {Quote(d.Code.Trim())}"); first = false; }
            if (!string.IsNullOrWhiteSpace(d.Text)) text.Field($"diagnoses[{i}]", $"    {(first ? "- " : "  ")}text: {Quote(d.Text)}");
        }
        text.Line("  asam:");
        foreach (var r in draft.Asam)
        {
            var name = EnumNames.Kebab(r.Dimension);
            text.Field($"asam.{name}.risk", $"    {name}:");
            text.Field($"asam.{name}.risk", $"      risk: {Quote(r.Risk.Trim())}");
            if (!string.IsNullOrWhiteSpace(r.Note)) text.Field($"asam.{name}.note", $"      note: {Quote(r.Note)}");
        }
        text.Field("level_of_care", $"  level_of_care: {Quote(draft.LevelOfCare.Trim())}");
        if (!string.IsNullOrWhiteSpace(draft.Summary)) text.Field("summary", $"  summary: {Quote(draft.Summary)}");
        text.Field("problems", "problems:");
        for (var p = 0; p < draft.Problems.Count; p++)
        {
            var problem = draft.Problems[p];
            if (problem.IsBlank) continue;
            var at = $"problems[{p}]";
            text.Field($"{at}.statement", $"  - statement: {Quote(problem.Statement)}");
            text.Field($"{at}.goals", "    goals:");
            for (var g = 0; g < problem.Goals.Count; g++)
                if (!problem.Goals[g].IsBlank) WriteGoal(text, problem.Goals[g], $"{at}.goals[{g}]");
        }
        return new DraftText(text.ToString(), text.Fields);
    }

    /// <summary>The text a version's content writes as, to tell whether a form changed anything.</summary>
    public static string Canonical(TreatmentPlanContent content) => Write(PlanDraft.From(content)).Source;

    private static void WriteGoal(Text text, DraftGoal goal, string at)
    {
        text.Field($"{at}.statement", $"      - statement: {Quote(goal.Statement)}");
        text.Field($"{at}.target", $"        target: {Quote(goal.Target.Trim())}");
        text.Field($"{at}.status", $"        status: {Quote(goal.Status.Trim())}");
        var objectives = goal.ObjectiveLines.ToList();
        if (objectives.Count > 0)
        {
            text.Field($"{at}.objectives", "        objectives:");
            foreach (var objective in objectives) text.Field($"{at}.objectives", $"          - {Quote(objective)}");
        }
        if (goal.Interventions.All(i => i.IsBlank)) return;
        text.Field($"{at}.interventions", "        interventions:");
        for (var i = 0; i < goal.Interventions.Count; i++)
        {
            var service = goal.Interventions[i];
            if (service.IsBlank) continue;
            var here = $"{at}.interventions[{i}]";
            text.Field($"{here}.service", $"          - service: {Quote(service.Service)}");
            if (service.Tracks.Count > 0) text.Field($"{here}.tracks", $"            tracks: [{string.Join(", ", service.Tracks.Select(t => Quote(t.Trim())))}]");
            if (!string.IsNullOrWhiteSpace(service.Frequency)) text.Field($"{here}.frequency", $"            frequency: {Quote(service.Frequency)}");
            text.Field($"{here}.responsible", $"            responsible: {Quote(service.Responsible.Trim())}");
        }
    }

    private static string Quote(string value) => YamlQuoting.Quote(value);

    /// <summary>The text being written and the field of each line.</summary>
    private sealed class Text
    {
        private readonly StringBuilder _text = new();
        private int _line;

        public List<DraftLine> Fields { get; } = [];

        public void Line(string line)
        {
            _text.Append(line).Append('\n');
            _line++;
        }

        public void Field(string field, string line)
        {
            Line(line);
            Fields.Add(new DraftLine(_line, field));
        }

        public override string ToString() => _text.ToString();
    }
}
