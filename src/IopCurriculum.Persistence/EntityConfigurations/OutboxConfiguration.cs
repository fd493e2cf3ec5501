using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRecord>
{
    public void Configure(EntityTypeBuilder<OutboxRecord> builder)
    {
        builder.ToTable("outbox");
        builder.Property(o => o.Action).HasMaxLength(60);
        builder.HasIndex(o => o.ProcessedUtc);
        builder.HasOne(o => o.Journal).WithMany().HasForeignKey(o => o.JournalId);
    }
}
