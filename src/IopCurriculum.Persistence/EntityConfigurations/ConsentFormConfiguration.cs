using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class ConsentFormConfiguration : IEntityTypeConfiguration<ConsentFormRecord>
{
    public void Configure(EntityTypeBuilder<ConsentFormRecord> builder)
    {
        builder.ToTable("consent_forms");
        builder.HasIndex(f => f.ConsentId).IsUnique();
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.StoredBy).HasMaxLength(64);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(f => f.ConsentId).OnDelete(DeleteBehavior.Restrict);
    }
}
