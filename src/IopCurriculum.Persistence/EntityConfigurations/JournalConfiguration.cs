using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("journal");
        builder.Property(j => j.OccurrenceKey).HasMaxLength(200);
        builder.Property(j => j.Trigger).HasMaxLength(40);
        builder.Property(j => j.FromStage).HasMaxLength(120);
        builder.Property(j => j.ToStage).HasMaxLength(120);
        builder.HasIndex(j => j.OccurrenceKey).IsUnique();
        builder.HasIndex(j => new { j.CohortId, j.Id });
        builder.HasOne<CohortRecord>().WithMany().HasForeignKey(j => j.CohortId);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(j => j.InstanceId);
    }
}
