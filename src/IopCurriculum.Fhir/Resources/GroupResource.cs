using Hl7.Fhir.Model;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A cohort as an actual Group of persons. Admission is rolling, so each member carries the period
/// they belong (from their first week to the day their course ended) and is inactive once it has.
/// </summary>
public static class GroupResource
{
    public static Group Build(ExportSettings settings, CohortContext cohort, IReadOnlyList<GroupMember> members, ReferenceStyle memberStyle, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(members);
        var key = ClientKeys.Group(cohort.Program.Id, cohort.Cohort.Id);
        var ended = members.Count(m => m.End is not null);
        var html = new Xhtml()
            .Element("h2", $"Cohort {cohort.Cohort.Id}")
            .Labelled("Program", $"{cohort.Program.Name}: {cohort.Curriculum.Title} {cohort.Curriculum.Version}")
            .Labelled("Weeks", $"{cohort.Weeks.Start:uuuu-MM-dd} to {cohort.Weeks.LastDayOf(cohort.Cohort.Weeks):uuuu-MM-dd} ({cohort.Cohort.Weeks} weeks)")
            .Labelled("Members", $"{members.Count}: {members.Count - ended} in their course, " +
                $"{members.Count(m => m.State == PlanState.Completed)} completed, {members.Count(m => m.State == PlanState.Revoked)} discharged")
            .Element("p", settings.Notice);
        var group = new Group
        {
            Id = withId ? key.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = html.ToString() },
            Identifier = [new Identifier(ClientKeys.GroupSystem(cohort.Program.Id), cohort.Cohort.Id)],
            Active = cohort.Cohort.WeeksAdvanced < cohort.Cohort.Weeks,
            Type = Group.GroupType.Person,
            Actual = true,
            Name = $"{cohort.Program.Name}: cohort {cohort.Cohort.Id}",
            Quantity = members.Count,
            ManagingEntity = new ResourceReference { Display = cohort.Program.Name },
        };
        foreach (var member in members)
            group.Member.Add(new Group.MemberComponent
            {
                Entity = new ResourceReference(member.Patient.Reference(memberStyle)),
                Period = new Period(SessionText.Date(member.Start), member.End is { } end ? SessionText.Date(end) : null),
                Inactive = member.End is not null,
            });
        return group;
    }
}
