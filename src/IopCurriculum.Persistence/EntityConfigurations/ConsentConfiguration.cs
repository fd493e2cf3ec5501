using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("consents");
        builder.HasIndex(c => c.ClientId);
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.RecipientClass).HasMaxLength(64);
        builder.Property(c => c.Purposes).HasMaxLength(200);
        builder.Property(c => c.PurposeText).HasMaxLength(500);
        builder.Property(c => c.Covers).HasMaxLength(32);
        builder.Property(c => c.Witness).HasMaxLength(200);
        builder.Property(c => c.RecordedBy).HasMaxLength(64);
        builder.Property(c => c.RevokedBy).HasMaxLength(64);
        builder.Property(c => c.RevocationNote).HasMaxLength(500);
        builder.HasOne<ClientRecord>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecipientRecord>().WithMany().HasForeignKey(c => c.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}
