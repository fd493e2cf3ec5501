using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<DisclosureRecord>
{
    public void Configure(EntityTypeBuilder<DisclosureRecord> builder)
    {
        builder.ToTable("disclosures");
        builder.HasIndex(d => d.ClientId);
        builder.Property(d => d.Purpose).HasMaxLength(32);
        builder.Property(d => d.Channel).HasMaxLength(32);
        builder.Property(d => d.What).HasMaxLength(1000);
        builder.Property(d => d.Actor).HasMaxLength(64);
        builder.HasOne<ClientRecord>().WithMany().HasForeignKey(d => d.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecipientRecord>().WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(d => d.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BreakGlassRecord>().WithMany().HasForeignKey(d => d.BreakGlassId).OnDelete(DeleteBehavior.Restrict);
    }
}
