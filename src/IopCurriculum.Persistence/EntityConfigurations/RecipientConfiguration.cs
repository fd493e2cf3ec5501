using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<RecipientRecord>
{
    public void Configure(EntityTypeBuilder<RecipientRecord> builder)
    {
        builder.ToTable("recipients");
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Class).HasMaxLength(64);
        builder.Property(r => r.Purpose).HasMaxLength(32);
        builder.Property(r => r.CreatedBy).HasMaxLength(64);
        builder.Property(r => r.FhirEndpoint).HasMaxLength(500);
        builder.Property(r => r.FhirToken).HasMaxLength(2000);
        builder.Property(r => r.FhirTokenUrl).HasMaxLength(500);
        builder.Property(r => r.FhirClientId).HasMaxLength(200);
        builder.Property(r => r.FhirClientSecret).HasMaxLength(2000);
        builder.Property(r => r.FhirScope).HasMaxLength(500);
    }
}
