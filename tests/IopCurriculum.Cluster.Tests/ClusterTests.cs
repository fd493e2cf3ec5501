using IopCurriculum.Cluster.Tests.Support;
using Xunit.Abstractions;

namespace IopCurriculum.Cluster.Tests;

/// <summary>
/// Scale-out on PostgreSQL: two and three <c>iop scheduler run</c> processes share one database with
/// Quartz clustered, and advance 1,000 cohorts through 16 weeks on a fast clock. However the work is
/// split, interrupted or retried, the journal holds each cohort week and each client crossing exactly
/// once, as one engine alone would have written them.
/// </summary>
[Collection(ClusterSerial.Name)]
public sealed class ClusterTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task TwoNodesAdvanceEveryCohortThroughSixteenWeeksOnce()
    {
        using var run = new ClusterRun(output, nodes: 2);
        await run.UntilFinished();
        run.AssertEachTransitionOnce();
        Assert.All(run.Nodes, n => Assert.True(n.WeeksEnded > 0, $"{n.Name} did no work: the nodes do not share it"));
    }

    [SkippableFact]
    public async Task ThreeNodesAdvanceEveryCohortThroughSixteenWeeksOnce()
    {
        using var run = new ClusterRun(output, nodes: 3);
        await run.UntilFinished();
        run.AssertEachTransitionOnce();
        Assert.All(run.Nodes, n => Assert.True(n.WeeksEnded > 0, $"{n.Name} did no work: the nodes do not share it"));
    }

    [SkippableFact]
    public async Task KillingANodeMidRunLosesAndDuplicatesNothing()
    {
        using var run = new ClusterRun(output, nodes: 3);
        await run.UntilProgress(0.3);
        var victim = run.Nodes[0];
        victim.Kill();
        output.WriteLine($"{victim.Name} killed with SIGKILL after ending {victim.WeeksEnded} cohort week(s)");
        await run.UntilFinished();
        run.AssertNodesRunning(run.Nodes.Skip(1));
        run.AssertEachTransitionOnce();
    }

    [SkippableFact]
    public async Task StoppingPostgresForTenSecondsMidRunLosesAndDuplicatesNothing()
    {
        PostgresServer.Require();
        Skip.IfNot(PostgresServer.CanRestart || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            "IOP_TEST_POSTGRES_BIN and IOP_TEST_POSTGRES_DATA are not set: the test cannot stop the server");
        Assert.True(PostgresServer.CanRestart, "CI=true, but IOP_TEST_POSTGRES_BIN and IOP_TEST_POSTGRES_DATA are not set");
        using var run = new ClusterRun(output, nodes: 2);
        await run.UntilProgress(0.3);
        PostgresServer.Stop();
        output.WriteLine("PostgreSQL stopped");
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
        }
        finally
        {
            PostgresServer.Start();
        }
        output.WriteLine("PostgreSQL started again");
        await run.UntilFinished();
        run.AssertNodesRunning(run.Nodes);
        run.AssertEachTransitionOnce();
    }
}

/// <summary>The cluster tests share one server and the machine's cores: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterSerial
{
    public const string Name = "PostgreSQL cluster";
}
