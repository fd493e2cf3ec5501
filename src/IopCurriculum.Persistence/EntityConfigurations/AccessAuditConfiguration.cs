using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class AccessAuditConfiguration : IEntityTypeConfiguration<AccessAuditRecord>
{
    public void Configure(EntityTypeBuilder<AccessAuditRecord> builder)
    {
        builder.ToTable("access_audit");
        builder.Property(a => a.Actor).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Resource).HasMaxLength(500);
        builder.HasIndex(a => a.AtUtc);
    }
}
