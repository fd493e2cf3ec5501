using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class EnrolmentEventConfiguration : IEntityTypeConfiguration<EnrolmentEventRecord>
{
    public void Configure(EntityTypeBuilder<EnrolmentEventRecord> builder)
    {
        builder.ToTable("enrolment_events");
        builder.Property(ev => ev.Kind).HasMaxLength(40);
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(ev => ev.EnrolmentId);
    }
}
