using IopCurriculum.Fhir.Plans;

namespace IopCurriculum.Fhir.Resources;

/// <summary>The signed treatment plan's part of a care plan's narrative: what the EHR that keeps only text still needs.</summary>
internal static class TreatmentPlanNarrative
{
    public static void Append(Xhtml html, SignedPlan signed)
    {
        var content = signed.Content;
        html.Element("h3", "Treatment plan")
            .Labelled("Diagnoses", string.Join("; ", signed.Diagnoses.Select(d => ConditionResource.Words(d.Diagnosis.Code, d.Diagnosis.Title))))
            .Labelled("Level of care", $"ASAM {content.Assessment.LevelOfCare}");
        if (signed.Goals.Count > 0)
        {
            html.Open("table").HeaderRow("Problem", "Goal", "Target", "Status");
            foreach (var goal in signed.Goals)
                html.Row(goal.Problem.Statement, goal.Goal.Statement, $"{goal.Goal.Target:uuuu-MM-dd}", GoalResource.Word(goal.Goal.Status));
            html.Close("table");
        }
        if (signed.Team.Count > 0)
            html.Labelled("Care team", string.Join("; ", signed.Team.Select(m => $"{m.UserName} (responsible for {string.Join(", ", m.Services)})")));
    }
}
