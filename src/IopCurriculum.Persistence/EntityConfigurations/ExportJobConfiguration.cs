using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJobRecord>
{
    public void Configure(EntityTypeBuilder<ExportJobRecord> builder)
    {
        builder.ToTable("export_jobs");
        builder.Property(j => j.Id).HasMaxLength(64);
        builder.Property(j => j.RequestedBy).HasMaxLength(64);
        builder.Property(j => j.Request).HasMaxLength(1000);
        builder.Property(j => j.Types).HasMaxLength(300);
        builder.Property(j => j.Status).HasMaxLength(20);
        builder.Property(j => j.Folder).HasMaxLength(500);
        builder.Property(j => j.Outputs).HasMaxLength(2000);
        builder.Property(j => j.Error).HasMaxLength(2000);
    }
}
