using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class PlannedSessionConfiguration : IEntityTypeConfiguration<PlannedSessionRecord>
{
    public void Configure(EntityTypeBuilder<PlannedSessionRecord> builder)
    {
        builder.ToTable("planned_sessions");
        builder.Property(s => s.TrackCode).HasMaxLength(20);
        builder.Property(s => s.LocalStart).HasMaxLength(20);
        builder.Property(s => s.Status).HasMaxLength(20);
        builder.HasIndex(s => new { s.CohortId, s.Week });
        builder.HasOne<CohortRecord>().WithMany().HasForeignKey(s => s.CohortId);
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(s => s.EnrolmentId);
    }
}
