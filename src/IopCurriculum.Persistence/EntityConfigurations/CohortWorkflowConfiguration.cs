using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class CohortWorkflowConfiguration : IEntityTypeConfiguration<CohortWorkflowRecord>
{
    public void Configure(EntityTypeBuilder<CohortWorkflowRecord> builder)
    {
        builder.ToTable("cohort_workflows");
        builder.HasKey(w => new { w.CohortId, w.DefinitionId });
        builder.HasOne(w => w.Definition).WithMany().HasForeignKey(w => w.DefinitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
