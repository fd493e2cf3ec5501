using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<EnrolmentRecord>
{
    public void Configure(EntityTypeBuilder<EnrolmentRecord> builder)
    {
        builder.ToTable("enrolments");
        builder.HasIndex(en => new { en.CohortId, en.ClientId }).IsUnique();
        builder.HasOne(en => en.Client).WithMany().HasForeignKey(en => en.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(en => en.Cohort).WithMany().HasForeignKey(en => en.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(en => en.Instances).WithOne(i => i.Enrolment).HasForeignKey(i => i.EnrolmentId);
    }
}
