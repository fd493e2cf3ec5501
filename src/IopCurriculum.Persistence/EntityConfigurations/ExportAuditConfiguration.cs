using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class ExportAuditConfiguration : IEntityTypeConfiguration<ExportAuditRecord>
{
    public void Configure(EntityTypeBuilder<ExportAuditRecord> builder)
    {
        builder.ToTable("export_audit");
        builder.Property(a => a.Actor).HasMaxLength(100);
        builder.Property(a => a.What).HasMaxLength(60);
        builder.Property(a => a.Scope).HasMaxLength(300);
        builder.HasIndex(a => a.AtUtc);
    }
}
