using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class CurriculumVersionConfiguration : IEntityTypeConfiguration<CurriculumVersionRecord>
{
    public void Configure(EntityTypeBuilder<CurriculumVersionRecord> builder)
    {
        builder.ToTable("curriculum_versions");
        builder.Property(v => v.CurriculumId).HasMaxLength(64);
        builder.Property(v => v.Version).HasMaxLength(40);
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.UploadedBy).HasMaxLength(64);
        builder.HasIndex(v => new { v.CurriculumId, v.Version }).IsUnique();
    }
}
