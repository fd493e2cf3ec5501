using System.Text;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IopCurriculum.Persistence;

/// <summary>
/// The engine's database. The model uses only portable types and names (snake_case tables and columns,
/// UTC <see cref="DateTime"/>s, no provider-specific SQL), so SQLite and PostgreSQL share it.
/// </summary>
public sealed class IopDbContext(DbContextOptions<IopDbContext> options) : DbContext(options)
{
    public DbSet<ProgramRecord> Programs => Set<ProgramRecord>();
    public DbSet<CohortRecord> Cohorts => Set<CohortRecord>();
    public DbSet<CohortWorkflowRecord> CohortWorkflows => Set<CohortWorkflowRecord>();
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();
    public DbSet<ClientRecord> Clients => Set<ClientRecord>();
    public DbSet<EnrolmentRecord> Enrolments => Set<EnrolmentRecord>();
    public DbSet<EnrolmentEventRecord> EnrolmentEvents => Set<EnrolmentEventRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<PlannedSessionRecord> PlannedSessions => Set<PlannedSessionRecord>();
    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();
    public DbSet<TestResultRecord> TestResults => Set<TestResultRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();
    public DbSet<ExportAuditRecord> ExportAudit => Set<ExportAuditRecord>();
    public DbSet<UserRecord> Users => Set<UserRecord>();
    public DbSet<FacilitatorCohortRecord> FacilitatorCohorts => Set<FacilitatorCohortRecord>();
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();
    public DbSet<CalendarFeedRecord> CalendarFeeds => Set<CalendarFeedRecord>();
    public DbSet<AccessAuditRecord> AccessAudit => Set<AccessAuditRecord>();
    public DbSet<ExportJobRecord> ExportJobs => Set<ExportJobRecord>();
    public DbSet<CurriculumVersionRecord> CurriculumVersions => Set<CurriculumVersionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ProgramRecord>(e =>
        {
            e.ToTable("programs");
            e.Property(p => p.Id).HasMaxLength(64);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.TimeZone).HasMaxLength(64);
            e.Property(p => p.RosterNames).HasMaxLength(40);
            e.Property(p => p.ClientIdSystem).HasMaxLength(200);
        });

        modelBuilder.Entity<CohortRecord>(e =>
        {
            e.ToTable("cohorts");
            e.Property(c => c.Id).HasMaxLength(64);
            e.Property(c => c.CurriculumId).HasMaxLength(100);
            e.Property(c => c.CurriculumHash).HasMaxLength(64);
            e.Property(c => c.Revision).IsConcurrencyToken();
            e.HasOne(c => c.Program).WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Workflows).WithOne().HasForeignKey(w => w.CohortId);
        });

        modelBuilder.Entity<CohortWorkflowRecord>(e =>
        {
            e.ToTable("cohort_workflows");
            e.HasKey(w => new { w.CohortId, w.DefinitionId });
            e.HasOne(w => w.Definition).WithMany().HasForeignKey(w => w.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<WorkflowDefinitionRecord>(e =>
        {
            e.ToTable("workflow_definitions");
            e.Property(d => d.Name).HasMaxLength(100);
            e.Property(d => d.ContentHash).HasMaxLength(64);
            e.HasIndex(d => new { d.Name, d.Version }).IsUnique();
        });

        modelBuilder.Entity<ClientRecord>(e =>
        {
            e.ToTable("clients");
            e.Property(c => c.Id).HasMaxLength(64);
            e.Property(c => c.GivenName).HasMaxLength(100);
            e.Property(c => c.FamilyName).HasMaxLength(100);
            e.HasOne<ProgramRecord>().WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<EnrolmentRecord>(e =>
        {
            e.ToTable("enrolments");
            e.HasIndex(en => new { en.CohortId, en.ClientId }).IsUnique();
            e.HasOne(en => en.Client).WithMany().HasForeignKey(en => en.ClientId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(en => en.Cohort).WithMany().HasForeignKey(en => en.CohortId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(en => en.Instances).WithOne(i => i.Enrolment).HasForeignKey(i => i.EnrolmentId);
        });

        modelBuilder.Entity<EnrolmentEventRecord>(e =>
        {
            e.ToTable("enrolment_events");
            e.Property(ev => ev.Kind).HasMaxLength(40);
            e.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(ev => ev.EnrolmentId);
        });

        modelBuilder.Entity<InstanceRecord>(e =>
        {
            e.ToTable("instances");
            e.Property(i => i.Stage).HasMaxLength(100);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasIndex(i => new { i.EnrolmentId, i.DefinitionId }).IsUnique();
            e.HasIndex(i => i.Active);
            e.HasOne(i => i.Definition).WithMany().HasForeignKey(i => i.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PlannedSessionRecord>(e =>
        {
            e.ToTable("planned_sessions");
            e.Property(s => s.TrackCode).HasMaxLength(20);
            e.Property(s => s.LocalStart).HasMaxLength(20);
            e.Property(s => s.Status).HasMaxLength(20);
            e.HasIndex(s => new { s.CohortId, s.Week });
            e.HasOne<CohortRecord>().WithMany().HasForeignKey(s => s.CohortId);
            e.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(s => s.EnrolmentId);
        });

        modelBuilder.Entity<AttendanceRecord>(e =>
        {
            e.ToTable("attendance");
            e.Property(a => a.Status).HasMaxLength(20);
            e.HasIndex(a => new { a.PlannedSessionId, a.EnrolmentId, a.Revision }).IsUnique();
            e.HasIndex(a => a.EnrolmentId);
            e.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.PlannedSessionId);
            e.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(a => a.EnrolmentId);
        });

        modelBuilder.Entity<TestResultRecord>(e =>
        {
            e.ToTable("test_results");
            e.Property(r => r.Kind).HasMaxLength(20);
            e.Property(r => r.Outcome).HasMaxLength(20);
            e.HasIndex(r => new { r.EnrolmentId, r.CollectedOn });
            e.HasOne<EnrolmentRecord>().WithMany().HasForeignKey(r => r.EnrolmentId);
        });

        modelBuilder.Entity<JournalRecord>(e =>
        {
            e.ToTable("journal");
            e.Property(j => j.OccurrenceKey).HasMaxLength(200);
            e.Property(j => j.Trigger).HasMaxLength(40);
            e.Property(j => j.FromStage).HasMaxLength(120);
            e.Property(j => j.ToStage).HasMaxLength(120);
            e.HasIndex(j => j.OccurrenceKey).IsUnique();
            e.HasIndex(j => new { j.CohortId, j.Id });
            e.HasOne<CohortRecord>().WithMany().HasForeignKey(j => j.CohortId);
            e.HasOne<InstanceRecord>().WithMany().HasForeignKey(j => j.InstanceId);
        });

        modelBuilder.Entity<OutboxRecord>(e =>
        {
            e.ToTable("outbox");
            e.Property(o => o.Action).HasMaxLength(60);
            e.HasIndex(o => o.ProcessedUtc);
            e.HasOne(o => o.Journal).WithMany().HasForeignKey(o => o.JournalId);
        });

        modelBuilder.Entity<ExportAuditRecord>(e =>
        {
            e.ToTable("export_audit");
            e.Property(a => a.Actor).HasMaxLength(100);
            e.Property(a => a.What).HasMaxLength(60);
            e.Property(a => a.Scope).HasMaxLength(300);
            e.HasIndex(a => a.AtUtc);
        });

        MapAccess(modelBuilder);

        UseSnakeCaseColumns(modelBuilder);
        StoreDateTimesAsUtc(modelBuilder);
    }

    /// <summary>Who may sign in, their tokens and calendar feeds, and the audit of what they touched.</summary>
    private static void MapAccess(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserRecord>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.UserName).HasMaxLength(64);
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.PasswordHash).HasMaxLength(200);
            e.Property(u => u.Roles).HasMaxLength(200);
            e.Property(u => u.SecurityStamp).HasMaxLength(64);
            e.HasIndex(u => u.UserName).IsUnique();
        });

        modelBuilder.Entity<FacilitatorCohortRecord>(e =>
        {
            e.ToTable("facilitator_cohorts");
            e.HasKey(f => new { f.UserId, f.CohortId });
            e.Property(f => f.CohortId).HasMaxLength(64);
            e.HasOne<UserRecord>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CohortRecord>().WithMany().HasForeignKey(f => f.CohortId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ApiTokenRecord>(e =>
        {
            e.ToTable("api_tokens");
            e.Property(t => t.Name).HasMaxLength(200);
            e.Property(t => t.Hash).HasMaxLength(64);
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.HasIndex(t => t.Hash).IsUnique();
            e.HasOne<UserRecord>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CalendarFeedRecord>(e =>
        {
            e.ToTable("calendar_feeds");
            e.Property(f => f.Kind).HasMaxLength(20);
            e.Property(f => f.Subject).HasMaxLength(64);
            e.Property(f => f.Hash).HasMaxLength(64);
            e.Property(f => f.CreatedBy).HasMaxLength(64);
            e.HasIndex(f => f.Hash).IsUnique();
        });

        modelBuilder.Entity<AccessAuditRecord>(e =>
        {
            e.ToTable("access_audit");
            e.Property(a => a.Actor).HasMaxLength(64);
            e.Property(a => a.Action).HasMaxLength(40);
            e.Property(a => a.Resource).HasMaxLength(500);
            e.HasIndex(a => a.AtUtc);
        });

        modelBuilder.Entity<CurriculumVersionRecord>(e =>
        {
            e.ToTable("curriculum_versions");
            e.Property(v => v.CurriculumId).HasMaxLength(64);
            e.Property(v => v.Version).HasMaxLength(40);
            e.Property(v => v.Title).HasMaxLength(300);
            e.Property(v => v.ContentHash).HasMaxLength(64);
            e.Property(v => v.UploadedBy).HasMaxLength(64);
            e.HasIndex(v => new { v.CurriculumId, v.Version }).IsUnique();
        });

        modelBuilder.Entity<ExportJobRecord>(e =>
        {
            e.ToTable("export_jobs");
            e.Property(j => j.Id).HasMaxLength(64);
            e.Property(j => j.RequestedBy).HasMaxLength(64);
            e.Property(j => j.Request).HasMaxLength(1000);
            e.Property(j => j.Types).HasMaxLength(300);
            e.Property(j => j.Status).HasMaxLength(20);
            e.Property(j => j.Folder).HasMaxLength(500);
            e.Property(j => j.Outputs).HasMaxLength(2000);
            e.Property(j => j.Error).HasMaxLength(2000);
        });
    }

    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
            foreach (var key in entity.GetKeys())
                key.SetName(SnakeCase(key.GetDefaultName() ?? key.Properties[0].Name));
            foreach (var foreignKey in entity.GetForeignKeys())
                foreignKey.SetConstraintName(SnakeCase(foreignKey.GetDefaultName() ?? foreignKey.Properties[0].Name));
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName(SnakeCase(index.GetDefaultDatabaseName() ?? index.Properties[0].Name));
        }
    }

    /// <summary>Instants go in as UTC and come back marked UTC, whatever the provider returns.</summary>
    private static void StoreDateTimesAsUtc(ModelBuilder modelBuilder)
    {
        var utc = new ValueConverter<DateTime, DateTime>(v => RequireUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        var optionalUtc = new ValueConverter<DateTime?, DateTime?>(
            v => v == null ? v : RequireUtc(v.Value),
            v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTime)) property.SetValueConverter(utc);
                else if (property.ClrType == typeof(DateTime?)) property.SetValueConverter(optionalUtc);
            }
    }

    private static DateTime RequireUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("instants are stored in UTC", nameof(value));

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
