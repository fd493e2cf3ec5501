using Microsoft.EntityFrameworkCore.Design;

namespace IopCurriculum.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IopDbContext>
{
    public IopDbContext CreateDbContext(string[] args) =>
        IopDatabase.Sqlite(Path.Combine(Path.GetTempPath(), "iop-design.db")).Open();
}
