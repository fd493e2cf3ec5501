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
        builder.Property(o => o.IdempotencyKey).HasMaxLength(64);
        builder.Property(o => o.State).HasMaxLength(16);
        builder.Property(o => o.ClaimedBy).HasMaxLength(64);
        builder.Property(o => o.LastError).HasMaxLength(2000);
        builder.Property(o => o.Outcome).HasMaxLength(2000);
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();
        // What the dispatcher asks for on every pass: the pending rows that are due.
        builder.HasIndex(o => new { o.State, o.NextAttemptUtc });
        builder.HasIndex(o => o.JournalId);
        builder.HasOne(o => o.Journal).WithMany().HasForeignKey(o => o.JournalId);
    }
}
