using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class StaffTaskConfiguration : IEntityTypeConfiguration<StaffTaskRecord>
{
    public void Configure(EntityTypeBuilder<StaffTaskRecord> builder)
    {
        builder.ToTable("staff_tasks");
        builder.Property(t => t.ProgramId).HasMaxLength(64);
        builder.Property(t => t.CohortId).HasMaxLength(64);
        builder.Property(t => t.ClientId).HasMaxLength(64);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Note).HasMaxLength(2000);
        builder.Property(t => t.Assignees).HasMaxLength(2000);
        builder.Property(t => t.DoneBy).HasMaxLength(64);
        builder.Property(t => t.DoneNote).HasMaxLength(2000);
        builder.HasIndex(t => t.OutboxId).IsUnique();
        builder.HasIndex(t => new { t.DoneUtc, t.DueUtc });
        builder.HasOne<OutboxRecord>().WithMany().HasForeignKey(t => t.OutboxId);
    }
}
