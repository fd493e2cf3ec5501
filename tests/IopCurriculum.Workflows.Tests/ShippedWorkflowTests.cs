using IopCurriculum.Workflows.Tests.Support;

namespace IopCurriculum.Workflows.Tests;

public class ShippedWorkflowTests
{
    [Fact]
    public void MatrixClientLoads()
    {
        var definition = ShippedWorkflows.Load("matrix-client");
        Assert.Equal("matrix-client", definition.Name);
    }

    [Fact]
    public void ContingencyManagementLoads()
    {
        var definition = ShippedWorkflows.Load("contingency-management");
        Assert.Equal("contingency-management", definition.Name);
    }
}
