using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class NoteAddendumConfiguration : IEntityTypeConfiguration<NoteAddendumRecord>
{
    public void Configure(EntityTypeBuilder<NoteAddendumRecord> builder)
    {
        builder.ToTable("note_addenda");
        builder.HasIndex(a => new { a.ProgressNoteId, a.Number }).IsUnique();
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.Property(a => a.Author).HasMaxLength(100);
        builder.HasOne<ProgressNoteRecord>().WithMany().HasForeignKey(a => a.ProgressNoteId);
    }
}
