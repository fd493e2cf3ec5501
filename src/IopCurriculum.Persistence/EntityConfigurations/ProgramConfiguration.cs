using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class ProgramConfiguration : IEntityTypeConfiguration<ProgramRecord>
{
    public void Configure(EntityTypeBuilder<ProgramRecord> builder)
    {
        builder.ToTable("programs");
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.TimeZone).HasMaxLength(64);
        builder.Property(p => p.RosterNames).HasMaxLength(40);
        builder.Property(p => p.ClientIdSystem).HasMaxLength(200);
        builder.Property(p => p.PlanReviewDays).HasDefaultValue(30);
        builder.Property(p => p.NoteFormat).HasMaxLength(16).HasDefaultValue("DAP");
        builder.Property(p => p.CounselingNoteRoles).HasMaxLength(200).HasDefaultValue("");
        builder.Property(p => p.MailServer).HasMaxLength(200);
        builder.Property(p => p.MailFrom).HasMaxLength(200);
        builder.Property(p => p.TaskDueHours).HasDefaultValue(24);
    }
}
