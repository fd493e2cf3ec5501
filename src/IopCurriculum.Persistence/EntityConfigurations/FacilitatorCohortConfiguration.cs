using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class FacilitatorCohortConfiguration : IEntityTypeConfiguration<FacilitatorCohortRecord>
{
    public void Configure(EntityTypeBuilder<FacilitatorCohortRecord> builder)
    {
        builder.ToTable("facilitator_cohorts");
        builder.HasKey(f => new { f.UserId, f.CohortId });
        builder.Property(f => f.CohortId).HasMaxLength(64);
        builder.HasOne<UserRecord>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CohortRecord>().WithMany().HasForeignKey(f => f.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
