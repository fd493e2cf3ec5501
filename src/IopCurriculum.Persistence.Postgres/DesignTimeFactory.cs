using Microsoft.EntityFrameworkCore.Design;

namespace IopCurriculum.Persistence.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a host or a server: adding a
/// migration compares models and never connects.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IopDbContext>
{
    public IopDbContext CreateDbContext(string[] args) =>
        IopDatabase.Postgres("Host=localhost;Database=iop_design;Username=postgres").Open();
}
