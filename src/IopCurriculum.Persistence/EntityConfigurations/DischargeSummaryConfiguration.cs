using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class DischargeSummaryConfiguration : IEntityTypeConfiguration<DischargeSummaryRecord>
{
    public void Configure(EntityTypeBuilder<DischargeSummaryRecord> builder)
    {
        builder.ToTable("discharge_summaries");
        builder.HasIndex(d => new { d.EnrolmentId, d.Version }).IsUnique();
        builder.Property(d => d.DischargeReason).HasMaxLength(20);
        builder.Property(d => d.Correction).HasMaxLength(500);
        builder.Property(d => d.SignedBy).HasMaxLength(100);
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(d => d.EnrolmentId);
    }
}
