using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class SessionNarrativeConfiguration : IEntityTypeConfiguration<SessionNarrativeRecord>
{
    public void Configure(EntityTypeBuilder<SessionNarrativeRecord> builder)
    {
        builder.ToTable("session_narratives");
        builder.HasIndex(n => n.PlannedSessionId).IsUnique();
        builder.Property(n => n.UpdatedBy).HasMaxLength(100);
        builder.HasOne<PlannedSessionRecord>().WithMany().HasForeignKey(n => n.PlannedSessionId);
    }
}
