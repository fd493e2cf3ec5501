using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IopCurriculum.Persistence.EntityConfigurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<UserRecord>
{
    public void Configure(EntityTypeBuilder<UserRecord> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.UserName).HasMaxLength(64);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.Roles).HasMaxLength(200);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.HasOne<RecipientRecord>().WithMany().HasForeignKey(u => u.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}
