using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReviewRecord>
{
    public void Configure(EntityTypeBuilder<PlanReviewRecord> builder)
    {
        builder.ToTable("plan_reviews");
        builder.Property(r => r.ReviewedBy).HasMaxLength(100);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.HasIndex(r => r.PlanId);
        builder.HasOne<TreatmentPlanRecord>().WithMany().HasForeignKey(r => r.PlanId);
    }
}
