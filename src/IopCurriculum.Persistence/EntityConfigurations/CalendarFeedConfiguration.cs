using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeedRecord>
{
    public void Configure(EntityTypeBuilder<CalendarFeedRecord> builder)
    {
        builder.ToTable("calendar_feeds");
        builder.Property(f => f.Kind).HasMaxLength(20);
        builder.Property(f => f.Subject).HasMaxLength(64);
        builder.Property(f => f.Hash).HasMaxLength(64);
        builder.Property(f => f.CreatedBy).HasMaxLength(64);
        builder.HasIndex(f => f.Hash).IsUnique();
    }
}
