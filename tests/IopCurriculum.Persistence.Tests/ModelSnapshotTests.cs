using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Persistence.Tests;

/// <summary>
/// The model the entity configurations build is the one the migrations were made from, on both providers:
/// a change to a configuration without a migration fails here rather than on a clinic's database.
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void TheSqliteMigrationsMatchTheModel()
    {
        using var database = new TestDatabase();
        using var context = database.Database.Open();
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public void ThePostgresMigrationsMatchTheModel()
    {
        // Comparing the model with the migrations' snapshot never connects, so no server is needed.
        using var context = IopDatabase.Postgres("Host=localhost;Database=iop_model_check;Username=postgres").Open();
        Assert.False(context.Database.HasPendingModelChanges());
    }
}
