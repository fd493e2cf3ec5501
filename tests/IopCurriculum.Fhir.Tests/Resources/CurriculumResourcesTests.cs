using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Fhir.Resources;
using IopCurriculum.Fhir.Tests.Support;

namespace IopCurriculum.Fhir.Tests.Resources;

/// <summary>A curriculum becomes a clinical-protocol PlanDefinition with an action per track and per session, and an ActivityDefinition per session.</summary>
public sealed class CurriculumResourcesTests
{
    private static readonly Domain.Curricula.Curriculum Matrix = CurriculumLoader.Load(Repo.Matrix).Value;
    private readonly ExportSettings _settings = new();

    [Fact]
    public void ThePlanDefinitionHasAnActionPerTrackEachWithItsSessionsPointingAtTheirActivityDefinitions()
    {
        var plan = CurriculumResources.PlanDefinition(_settings, Matrix, withId: false);
        Assert.Empty(plan.Validate());
        Assert.Equal(("urn:iop:PlanDefinition:matrix-16-week", "1.0.0", "Matrix16Week"), (plan.Url, plan.Version, plan.Name));
        Assert.Equal("clinical-protocol", plan.Type!.Coding.Single().Code);
        Assert.Equal(["IC", "ER", "RP", "FE", "SS", "UA"], plan.Action.Select(a => a.Prefix));
        Assert.Equal(92, plan.Action.Sum(a => a.Action.Count));
        var rp3 = plan.Action.Single(a => a.Prefix == "RP").Action[2];
        Assert.Equal("urn:iop:ActivityDefinition:matrix-16-week-rp-3|1.0.0", ((Canonical)rp3.Definition!).Value);
        // A topic list lets the group choose; a fixed sequence runs them all.
        Assert.Equal(ActionSelectionBehavior.Any, plan.Action.Single(a => a.Prefix == "SS").SelectionBehavior);
        Assert.Equal(ActionSelectionBehavior.All, plan.Action.Single(a => a.Prefix == "RP").SelectionBehavior);
    }

    [Fact]
    public void EveryActivityDefinitionValidatesAndIsAnAppointmentOfItsTracksCode()
    {
        var activities = CurriculumResources.ActivityDefinitions(_settings, Matrix, withId: true).ToList();
        Assert.Equal(92, activities.Count);
        Assert.All(activities, a =>
        {
            Assert.Empty(a.Validate());
            Assert.Equal(ActivityDefinition.RequestResourceType.Appointment, a.Kind);
            Assert.Equal("min", ((Duration)a.Timing!).Code);
        });
        var ua = activities.Single(a => a.Title!.StartsWith("UA 1", StringComparison.Ordinal));
        Assert.DoesNotContain(ua.Code!.Coding, c => c.System == "http://snomed.info/sct");
        Assert.Equal("Urine and Breath-Alcohol Testing", ua.Code.Text);
        var rp = activities.First(a => a.Title!.StartsWith("RP 1:", StringComparison.Ordinal));
        Assert.Equal(("http://snomed.info/sct", "720177001"), (rp.Code!.Coding[0].System, rp.Code.Coding[0].Code));
    }

    [Fact]
    public void ANewCurriculumVersionKeepsTheUrlsAndChangesTheVersionAndKeys()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Repo.Matrix, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(Repo.Matrix, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file).Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal));
        }
        var next = CurriculumLoader.Load(folder.Path).Value;
        var plan = CurriculumResources.PlanDefinition(_settings, next, withId: true);
        Assert.Equal(("urn:iop:PlanDefinition:matrix-16-week", "1.1.0"), (plan.Url, plan.Version));
        Assert.NotEqual(CurriculumResources.PlanKey(_settings, Matrix).Id, plan.Id);
        Assert.Equal("urn:iop:PlanDefinition:matrix-16-week|1.1.0", CurriculumResources.PlanCanonical(_settings, next));
    }
}
