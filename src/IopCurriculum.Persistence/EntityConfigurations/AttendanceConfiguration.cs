using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.ToTable("attendance");
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.HasIndex(a => new { a.PlannedSessionId, a.EnrolmentId, a.Revision }).IsUnique();
        builder.HasIndex(a => a.EnrolmentId);
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.PlannedSessionId);
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(a => a.EnrolmentId);
    }
}
