using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<MeasureRecord>
{
    public void Configure(EntityTypeBuilder<MeasureRecord> builder)
    {
        builder.ToTable("measures");
        builder.Property(m => m.Instrument).HasMaxLength(12);
        builder.Property(m => m.Severity).HasMaxLength(40);
        builder.Property(m => m.CriticalItems).HasMaxLength(200);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.Property(m => m.StruckReason).HasMaxLength(1000);
        builder.HasIndex(m => new { m.EnrolmentId, m.Instrument, m.AnsweredOn });
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(m => m.EnrolmentId);
    }
}
