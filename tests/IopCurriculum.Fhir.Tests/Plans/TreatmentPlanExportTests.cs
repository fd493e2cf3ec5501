using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Tests.Support;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Plans.Diagnoses;

namespace IopCurriculum.Fhir.Tests.Plans;

/// <summary>
/// A signed treatment plan travels with the client's care plan: a Condition per diagnosis, a Goal per
/// goal, a CareTeam of the responsible staff, and every session linked to the goals its track serves.
/// A draft, or no plan, adds nothing.
/// </summary>
public sealed class TreatmentPlanExportTests : IDisposable
{
    private readonly SignedPlanCohort _cohort = new();

    public void Dispose() => _cohort.Dispose();

    private SmallCohort Small => _cohort.Small;

    private List<(string Json, Resource Resource)> Ndjson(string name = "ndjson")
    {
        var folder = Small.Output.Sub(name);
        Small.Export(folder);
        return ExportedFiles.Ndjson(folder);
    }

    private static bool Of(Identifier identifier, string client) =>
        identifier.Value == $"{SmallCohort.CohortId}/{client}"
        || identifier.Value!.StartsWith($"{SmallCohort.CohortId}/{client}/", StringComparison.Ordinal);

    [Fact]
    public void TheCarePlanAddressesItsConditionsAndNamesItsGoalsAndTeamAllFoundInTheExport()
    {
        var resources = Ndjson();
        var plan = CarePlans.Of(resources, SignedPlanCohort.Signed);
        var byReference = resources.ToDictionary(r => $"{r.Resource.TypeName}/{r.Resource.Id}", r => r.Resource);

        var conditions = plan.Addresses.Select(a => Assert.IsType<Condition>(byReference[a.Reference!])).ToList();
        Assert.Equal(3, conditions.Count);
        var goals = plan.Goal.Select(g => Assert.IsType<Goal>(byReference[g.Reference!])).ToList();
        Assert.Equal(5, goals.Count);
        var team = Assert.IsType<CareTeam>(byReference[Assert.Single(plan.CareTeam).Reference!]);
        Assert.All<Resource>([.. conditions, .. goals, team], r => Assert.Equal(plan.Subject!.Reference, Subject(r)));
        Assert.Contains("Treatment plan", plan.Text!.Div, StringComparison.Ordinal);
        Assert.Contains("F10.20 Alcohol dependence, uncomplicated", plan.Text.Div, StringComparison.Ordinal);
    }

    [Fact]
    public void ConditionsAreProblemListItemsCodedInIcd10CmOrInWordsAlone()
    {
        var conditions = ExportedFiles.OfType<Condition>(Ndjson());
        Assert.Equal(3, conditions.Count);
        Assert.All(conditions, c =>
        {
            Assert.Equal("problem-list-item", Assert.Single(Assert.Single(c.Category).Coding).Code);
            Assert.Equal(CodeSystems.ConditionCategory, c.Category[0].Coding[0].System);
            Assert.Equal("active", c.ClinicalStatus!.Coding.Single().Code);
            Assert.Equal("confirmed", c.VerificationStatus!.Coding.Single().Code);
        });
        var alcohol = conditions[0].Code!;
        Assert.Equal((DiagnosisCodes.System, "F10.20", "Alcohol dependence, uncomplicated"),
            (alcohol.Coding.Single().System, alcohol.Coding[0].Code, alcohol.Coding[0].Display));
        Assert.Equal("Alcohol dependence, uncomplicated", alcohol.Text);
        Assert.Equal("F41.1", conditions[1].Code!.Coding.Single().Code);
        Assert.Empty(conditions[2].Code!.Coding);
        Assert.Equal("Sleep disturbed since stopping drinking", conditions[2].Code!.Text);
    }

    [Fact]
    public void EachGoalStatusMapsToItsLifecycleAndAchievement()
    {
        var goals = ExportedFiles.OfType<Goal>(Ndjson());
        Assert.Equal(
            [
                (Goal.GoalLifecycleStatus.Active, (string?)null, "2027-02-15"),
                (Goal.GoalLifecycleStatus.Proposed, null, "2027-03-01"),
                (Goal.GoalLifecycleStatus.Completed, "achieved", "2027-01-25"),
                (Goal.GoalLifecycleStatus.Completed, "not-achieved", "2027-02-01"),
                (Goal.GoalLifecycleStatus.Cancelled, null, "2027-02-08"),
            ],
            goals.Select(g => (g.LifecycleStatus!.Value, g.AchievementStatus?.Coding.Single().Code, ((Date)g.Target.Single().Due!).Value)));
        Assert.All(goals.Where(g => g.AchievementStatus is not null), g => Assert.Equal(CodeSystems.GoalAchievement, g.AchievementStatus!.Coding[0].System));
        Assert.Equal("No alcohol use for 30 days in a row, confirmed by breath tests.", goals[0].Description!.Text);
        Assert.Equal(["Objective: Name three triggers tied to the end of a shift.", "Objective: Plan an alternative for each weekday evening."],
            goals[0].Note.Select(n => n.Text));
    }

    [Fact]
    public void SessionsReferToTheGoalsTheirTrackServes()
    {
        var resources = Ndjson();
        var goals = ExportedFiles.OfType<Goal>(resources);
        var plan = CarePlans.Of(resources, SignedPlanCohort.Signed);
        var details = CarePlans.Details(plan);
        string Goal(int index) => $"Goal/{goals[index].Id}";

        var rp = details.Where(d => CarePlans.Track(d) == "RP").ToList();
        Assert.NotEmpty(rp);
        Assert.All(rp, d => Assert.Equal([Goal(0)], d.Goal.Select(g => g.Reference)));
        Assert.All(details.Where(d => CarePlans.Track(d) == "UA"), d => Assert.Equal([Goal(0)], d.Goal.Select(g => g.Reference)));
        var fe = details.Where(d => CarePlans.Track(d) == "FE").ToList();
        Assert.NotEmpty(fe);
        Assert.All(fe, d => Assert.Equal([Goal(2)], d.Goal.Select(g => g.Reference)));
        Assert.All(details.Where(d => CarePlans.Track(d) is not ("RP" or "UA" or "FE")), d => Assert.Empty(d.Goal));
    }

    [Fact]
    public void TheCareTeamNamesTheResponsibleStaffAndWhatEachIsResponsibleFor()
    {
        var team = Assert.Single(ExportedFiles.OfType<CareTeam>(Ndjson()));
        Assert.Equal(CareTeam.CareTeamStatus.Active, team.Status);
        Assert.Equal(
            [
                "lee: responsible for Relapse Prevention groups",
                "sam: responsible for Weekly breath testing; responsible for Family education groups",
            ],
            team.Participant.Select(p => $"{p.Member!.Display}: {string.Join("; ", p.Role.Select(r => r.Text))}"));
        Assert.All(team.Participant, p => Assert.Null(p.Member!.Reference));
    }

    [Fact]
    public void TheNewResourcesValidateCarryThePart2MarksAndPassTheProjectsChecksInEveryLayout()
    {
        var resources = Ndjson();
        foreach (var (json, resource) in resources.Where(r => r.Resource is Condition or Goal or CareTeam or CarePlan))
        {
            AssertValid(resource);
            Assert.Equal(json, FhirJsonSerializer.Default.SerializeToString(resource));
            Assert.Contains(resource.Meta!.Security, c => c.Code == "42CFRPart2");
            Assert.Contains(Part2Labels.DefaultNotice, ((DomainResource)resource).Text!.Div, StringComparison.Ordinal);
        }
        Assert.Empty(ExportChecks.Check([.. resources.Select(r => ((string?)null, r.Resource))], Part2Labels.DefaultNotice));

        var folder = Small.Output.Sub("bundle");
        Small.Export(folder, ExportFormat.Bundle);
        var bundle = ExportedFiles.Bundle(Path.Combine(folder, $"{SmallCohort.CohortId}.bundle.json"));
        AssertValid(bundle);
        Assert.Equal([3, 5, 1], new[] { typeof(Condition), typeof(Goal), typeof(CareTeam) }
            .Select(t => bundle.Entry.Count(e => e.Resource!.GetType() == t)));
        Assert.All(bundle.Entry.Where(e => e.Resource is Condition or Goal or CareTeam),
            e => Assert.StartsWith($"{e.Resource!.TypeName}?identifier=urn%3Aiop%3Aeastside%3A", e.Request!.Url, StringComparison.Ordinal));
        Assert.Empty(ExportChecks.Check(ExportedFiles.Entries(bundle), Part2Labels.DefaultNotice));
    }

    [Fact]
    public void AReExportIsByteForByteTheSame()
    {
        Ndjson("first");
        Ndjson("second");
        foreach (var type in new[] { "Condition", "Goal", "CareTeam", "CarePlan" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(Small.Output.Sub("first"), $"{type}.ndjson")),
                File.ReadAllBytes(Path.Combine(Small.Output.Sub("second"), $"{type}.ndjson")));
        foreach (var format in new[] { "bundle-1", "bundle-2" }) Small.Export(Small.Output.Sub(format), ExportFormat.Bundle);
        var file = $"{SmallCohort.CohortId}.bundle.json";
        Assert.Equal(File.ReadAllBytes(Path.Combine(Small.Output.Sub("bundle-1"), file)), File.ReadAllBytes(Path.Combine(Small.Output.Sub("bundle-2"), file)));
    }

    [Fact]
    public void ClientsWithoutASignedPlanHaveNoneOfIt()
    {
        var resources = Ndjson();
        foreach (var client in new[] { SignedPlanCohort.Draft, SignedPlanCohort.None })
        {
            var plan = CarePlans.Of(resources, client);
            Assert.Empty(plan.Addresses);
            Assert.Empty(plan.Goal);
            Assert.Empty(plan.CareTeam);
            Assert.All(CarePlans.Details(plan), d => Assert.Empty(d.Goal));
            Assert.DoesNotContain("Treatment plan", plan.Text!.Div, StringComparison.Ordinal);
        }
        var identifiers = resources.Select(r => r.Resource).Select(r => r switch
        {
            Condition c => c.Identifier[0],
            Goal g => g.Identifier[0],
            CareTeam t => t.Identifier[0],
            _ => null,
        }).OfType<Identifier>().ToList();
        Assert.Equal(9, identifiers.Count);
        Assert.All(identifiers, i => Assert.True(Of(i, SignedPlanCohort.Signed), i.Value));
    }

    [Fact]
    public void TheTypesFilterTakesGoalsAlone()
    {
        var folder = Small.Output.Sub("goals");
        new CarePlanExporter(Small.Harness.Engine).Export(new CarePlanExportRequest
        {
            CohortId = SmallCohort.CohortId, Format = ExportFormat.Ndjson, OutputFolder = folder, Actor = "test", Recipient = Consenting.Everyone(Small.Harness.Engine),
            Types = new HashSet<string>(StringComparer.Ordinal) { "Goal" },
        });
        Assert.Equal(["Goal.ndjson"], Directory.GetFiles(folder, "*.ndjson").Select(Path.GetFileName));
        Assert.Equal(5, File.ReadLines(Path.Combine(folder, "Goal.ndjson")).Count());
    }

    private static string? Subject(Resource resource) => resource switch
    {
        Condition c => c.Subject!.Reference,
        Goal g => g.Subject!.Reference,
        CareTeam t => t.Subject!.Reference,
        _ => null,
    };

    private static void AssertValid(Base resource)
    {
        var problems = resource.Validate();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
    }
}
