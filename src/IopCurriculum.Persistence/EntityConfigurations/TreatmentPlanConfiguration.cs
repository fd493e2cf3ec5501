using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class TreatmentPlanConfiguration : IEntityTypeConfiguration<TreatmentPlanRecord>
{
    public void Configure(EntityTypeBuilder<TreatmentPlanRecord> builder)
    {
        builder.ToTable("treatment_plans");
        builder.HasIndex(p => new { p.EnrolmentId, p.Version }).IsUnique();
        builder.Property(p => p.Reason).HasMaxLength(500);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.SignedBy).HasMaxLength(100);
        builder.Property(p => p.AgreementRecordedBy).HasMaxLength(100);
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(p => p.EnrolmentId);
    }
}
