using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNoteRecord>
{
    public void Configure(EntityTypeBuilder<ProgressNoteRecord> builder)
    {
        builder.ToTable("progress_notes");
        // One note per client per session: a second is an addendum.
        builder.HasIndex(n => new { n.PlannedSessionId, n.EnrolmentId }).IsUnique();
        builder.HasIndex(n => n.EnrolmentId);
        builder.Property(n => n.Format).HasMaxLength(16);
        builder.Property(n => n.CreatedBy).HasMaxLength(100);
        builder.Property(n => n.UpdatedBy).HasMaxLength(100);
        builder.Property(n => n.SignedBy).HasMaxLength(100);
        builder.Property(n => n.CoSignedBy).HasMaxLength(100);
        builder.HasOne<PlannedSessionRecord>().WithMany().HasForeignKey(n => n.PlannedSessionId);
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(n => n.EnrolmentId);
    }
}
