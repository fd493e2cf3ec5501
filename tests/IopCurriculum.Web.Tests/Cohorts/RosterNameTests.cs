using IopCurriculum.Access;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Web.Tests.Support;
using NodaTime;

namespace IopCurriculum.Web.Tests.Cohorts;

public sealed class RosterNameTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task TheCohortPageRosterNamesClientsAsTheProgramChose()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.Engine.Programs.Create("eastside", "Eastside IOP", "America/Los_Angeles", null, "initials");
        _web.Engine.Cohorts.Create(new CohortRequest
        {
            Id = "eastside-jan",
            ProgramId = "eastside",
            CurriculumPath = Repo.Matrix,
            WorkflowPaths = [Repo.MatrixClient],
            Start = new LocalDate(2027, 1, 4),
            Actor = "test",
        });
        _web.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = "eastside-jan", ClientId = "C-1001", GivenName = "Ana", FamilyName = "Lopez", Week = 1, Actor = "test" });
        var client = await _web.SignedIn("lee");

        var initials = await Forms.Page(client, "/cohorts/eastside-jan");
        Assert.Equal("A. L.", CohortPages.Text(initials, "#roster tr[data-client='C-1001'] .client-name"));
        Assert.DoesNotContain("Lopez", initials.Body!.TextContent, StringComparison.Ordinal);

        // The demo program keeps the default: first name and last initial.
        var demo = await Forms.Page(client, "/cohorts/demo-cohort");
        Assert.Equal("Alpha D.", CohortPages.Text(demo, "#roster tr[data-client='demo-01'] .client-name"));
    }
}
