using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class StaffTaskEventConfiguration : IEntityTypeConfiguration<StaffTaskEventRecord>
{
    public void Configure(EntityTypeBuilder<StaffTaskEventRecord> builder)
    {
        builder.ToTable("staff_task_events");
        builder.Property(e => e.Kind).HasMaxLength(16);
        builder.Property(e => e.Actor).HasMaxLength(64);
        builder.Property(e => e.Text).HasMaxLength(2000);
        builder.HasIndex(e => e.TaskId);
        builder.HasOne<StaffTaskRecord>().WithMany().HasForeignKey(e => e.TaskId);
    }
}
