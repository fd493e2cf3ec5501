using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class BreakGlassConfiguration : IEntityTypeConfiguration<BreakGlassRecord>
{
    public void Configure(EntityTypeBuilder<BreakGlassRecord> builder)
    {
        builder.ToTable("break_glass");
        builder.HasIndex(b => new { b.ClientId, b.RecipientId });
        builder.Property(b => b.Reason).HasMaxLength(500);
        builder.Property(b => b.DeclaredBy).HasMaxLength(64);
        builder.Property(b => b.EndedBy).HasMaxLength(64);
        builder.HasOne<ClientRecord>().WithMany().HasForeignKey(b => b.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecipientRecord>().WithMany().HasForeignKey(b => b.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}
