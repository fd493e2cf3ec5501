using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class RewardConfiguration : IEntityTypeConfiguration<RewardRecord>
{
    public void Configure(EntityTypeBuilder<RewardRecord> builder)
    {
        builder.ToTable("rewards");
        builder.Property(r => r.CohortId).HasMaxLength(64);
        builder.Property(r => r.ClientId).HasMaxLength(64);
        builder.Property(r => r.Amount).HasPrecision(10, 2);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.GivenBy).HasMaxLength(64);
        builder.HasIndex(r => r.OutboxId).IsUnique();
        builder.HasIndex(r => r.ClientId);
        builder.HasOne<OutboxRecord>().WithMany().HasForeignKey(r => r.OutboxId);
    }
}
