using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<CohortRecord>
{
    public void Configure(EntityTypeBuilder<CohortRecord> builder)
    {
        builder.ToTable("cohorts");
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.CurriculumId).HasMaxLength(100);
        builder.Property(c => c.CurriculumHash).HasMaxLength(64);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasOne(c => c.Program).WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Workflows).WithOne().HasForeignKey(w => w.CohortId);
    }
}
