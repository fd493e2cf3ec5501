using System.Collections.Concurrent;
using IopCurriculum.Cluster.Tests.Support;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using NodaTime;

namespace IopCurriculum.Cluster.Tests;

/// <summary>
/// On PostgreSQL several hosts dispatch actions from one outbox: dispatchers claiming at once, each on its
/// own engine and connections, get disjoint actions, and between them every action exactly once.
/// </summary>
public sealed class DispatcherClaimTests : IDisposable
{
    private const int Clients = 200;
    private readonly string _name = $"iop_claims_{Guid.NewGuid():N}";
    private string? _server;

    [SkippableFact]
    public async Task DispatchersClaimingAtOnceTakeEachActionOnce()
    {
        _server = PostgresServer.Require();
        var connection = PostgresServer.CreateDatabase(_server, _name);
        var database = IopDatabase.Postgres(connection);
        database.Migrate();
        var setup = new IopEngine(database, TimeProvider.System);
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var today = Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow()).InZone(zone).Date;
        setup.Programs.Create("claims", "Claims test program", zone.Id, null);
        var cohort = setup.Cohorts.Create(new CohortRequest { ProgramId = "claims", CurriculumPath = Repo.Matrix, WorkflowPaths = [Repo.MatrixClient], Start = today });
        for (var i = 0; i < Clients; i++)
            setup.Enrolments.Enrol(new EnrolRequest { CohortId = cohort.Id, ClientId = $"c{i:D3}", GivenName = "Test", FamilyName = "Client", Week = 1 });
        var pending = setup.Actions.Counts()[OutboxStates.Pending];
        Assert.Equal(Clients, pending);

        var settings = DispatchSettings.Default with { Batch = 7 };
        var taken = new ConcurrentBag<(int Host, long Id)>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(host => Task.Run(() =>
        {
            var engine = new IopEngine(IopDatabase.Postgres(connection), TimeProvider.System);
            for (IReadOnlyList<ClaimedAction> batch; (batch = engine.Actions.Claim(settings)).Count > 0;)
                foreach (var action in batch)
                {
                    taken.Add((host, action.Id));
                    Assert.True(engine.Actions.Succeed(action, $"done by host {host}"));
                }
        })));

        Assert.Equal(pending, taken.Count);
        Assert.Equal(pending, taken.Select(t => t.Id).Distinct().Count());
        Assert.Equal(0, setup.Actions.Counts().GetValueOrDefault(OutboxStates.Pending));
        Assert.Equal(pending, setup.Actions.Counts()[OutboxStates.Done] - Clients);
    }

    public void Dispose()
    {
        if (_server is not null) PostgresServer.DropDatabase(_server, _name);
    }
}
