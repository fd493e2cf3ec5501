using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class ActionEventConfiguration : IEntityTypeConfiguration<ActionEventRecord>
{
    public void Configure(EntityTypeBuilder<ActionEventRecord> builder)
    {
        builder.ToTable("action_events");
        builder.Property(e => e.Kind).HasMaxLength(16);
        builder.Property(e => e.Actor).HasMaxLength(64);
        builder.Property(e => e.Text).HasMaxLength(2000);
        builder.HasIndex(e => e.OutboxId);
        builder.HasOne<OutboxRecord>().WithMany().HasForeignKey(e => e.OutboxId);
    }
}
