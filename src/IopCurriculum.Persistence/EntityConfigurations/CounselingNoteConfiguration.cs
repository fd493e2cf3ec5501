using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class CounselingNoteConfiguration : IEntityTypeConfiguration<CounselingNoteRecord>
{
    public void Configure(EntityTypeBuilder<CounselingNoteRecord> builder)
    {
        builder.ToTable("counseling_notes");
        builder.HasIndex(n => n.EnrolmentId);
        builder.Property(n => n.Author).HasMaxLength(100);
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(n => n.EnrolmentId);
        builder.HasOne<PlannedSessionRecord>().WithMany().HasForeignKey(n => n.PlannedSessionId);
    }
}
