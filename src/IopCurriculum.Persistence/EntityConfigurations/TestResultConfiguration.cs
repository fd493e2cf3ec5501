using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class TestResultConfiguration : IEntityTypeConfiguration<TestResultRecord>
{
    public void Configure(EntityTypeBuilder<TestResultRecord> builder)
    {
        builder.ToTable("test_results");
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.HasIndex(r => new { r.EnrolmentId, r.CollectedOn });
        builder.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(r => r.EnrolmentId);
    }
}
