using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Goals;

namespace IopCurriculum.Plans.Drafts;

/// <summary>
/// A treatment plan as a form holds it: each field as typed, nothing checked yet. <see cref="PlanDraftWriter"/>
/// turns it into plan text for <see cref="Files.PlanFileReader"/>, so a form and a file meet the same rules.
/// </summary>
public sealed class PlanDraft
{
    public List<DraftDiagnosis> Diagnoses { get; init; } = [];

    /// <summary>One rating per ASAM dimension, in dimension order.</summary>
    public List<DraftRating> Asam { get; init; } = [];

    public string LevelOfCare { get; set; } = LevelsOfCare.IntensiveOutpatient;

    public string Summary { get; set; } = "";

    public List<DraftProblem> Problems { get; init; } = [];

    /// <summary>A new plan's form: one empty row of each kind, every dimension unrated, intensive outpatient care.</summary>
    public static PlanDraft Blank() => new()
    {
        Diagnoses = [new DraftDiagnosis()],
        Asam = [.. Enum.GetValues<AsamDimension>().Select(d => new DraftRating { Dimension = d })],
        Problems = [DraftProblem.Blank()],
    };

    /// <summary>The form of a version already written, to change it.</summary>
    public static PlanDraft From(TreatmentPlanContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var a = content.Assessment;
        return new PlanDraft
        {
            Diagnoses = [.. a.Diagnoses.Select(d => d.Code is { } code ? new DraftDiagnosis { Code = code } : new DraftDiagnosis { Text = d.Title })],
            Asam = [.. a.Asam.Select(r => new DraftRating { Dimension = r.Dimension, Risk = r.Risk.ToString(System.Globalization.CultureInfo.InvariantCulture), Note = r.Note ?? "" })],
            LevelOfCare = a.LevelOfCare,
            Summary = a.Summary ?? "",
            Problems = [.. content.Problems.Select(p => new DraftProblem
            {
                Statement = p.Statement,
                Goals = [.. p.Goals.Select(g => new DraftGoal
                {
                    Statement = g.Statement,
                    Target = g.Target.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    Status = EnumNames.Kebab(g.Status),
                    Objectives = string.Join('\n', g.Objectives),
                    Interventions = [.. g.Interventions.Select(i => new DraftIntervention
                    {
                        Service = i.Description,
                        Tracks = [.. i.Tracks],
                        Frequency = i.Frequency ?? "",
                        Responsible = i.Responsible,
                    })],
                })],
            })],
        };
    }
}
