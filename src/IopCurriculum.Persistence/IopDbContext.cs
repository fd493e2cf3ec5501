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
    public DbSet<MeasureRecord> Measures => Set<MeasureRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();
    public DbSet<ActionEventRecord> ActionEvents => Set<ActionEventRecord>();
    public DbSet<StaffTaskRecord> StaffTasks => Set<StaffTaskRecord>();
    public DbSet<StaffTaskEventRecord> StaffTaskEvents => Set<StaffTaskEventRecord>();
    public DbSet<RewardRecord> Rewards => Set<RewardRecord>();
    public DbSet<ExportAuditRecord> ExportAudit => Set<ExportAuditRecord>();
    public DbSet<UserRecord> Users => Set<UserRecord>();
    public DbSet<FacilitatorCohortRecord> FacilitatorCohorts => Set<FacilitatorCohortRecord>();
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();
    public DbSet<CalendarFeedRecord> CalendarFeeds => Set<CalendarFeedRecord>();
    public DbSet<AccessAuditRecord> AccessAudit => Set<AccessAuditRecord>();
    public DbSet<ExportJobRecord> ExportJobs => Set<ExportJobRecord>();
    public DbSet<CurriculumVersionRecord> CurriculumVersions => Set<CurriculumVersionRecord>();
    public DbSet<TreatmentPlanRecord> TreatmentPlans => Set<TreatmentPlanRecord>();
    public DbSet<PlanReviewRecord> PlanReviews => Set<PlanReviewRecord>();
    public DbSet<DischargeSummaryRecord> DischargeSummaries => Set<DischargeSummaryRecord>();
    public DbSet<ProgressNoteRecord> ProgressNotes => Set<ProgressNoteRecord>();
    public DbSet<NoteAddendumRecord> NoteAddenda => Set<NoteAddendumRecord>();
    public DbSet<SessionNarrativeRecord> SessionNarratives => Set<SessionNarrativeRecord>();
    public DbSet<CounselingNoteRecord> CounselingNotes => Set<CounselingNoteRecord>();
    public DbSet<RecipientRecord> Recipients => Set<RecipientRecord>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<ConsentFormRecord> ConsentForms => Set<ConsentFormRecord>();
    public DbSet<BreakGlassRecord> BreakGlass => Set<BreakGlassRecord>();
    public DbSet<DisclosureRecord> Disclosures => Set<DisclosureRecord>();

    /// <summary>
    /// Each client's current entry for each session. A correction is a new revision, so the highest
    /// revision is what happened; this is the one place that rule is written.
    /// </summary>
    public IQueryable<AttendanceRecord> CurrentAttendance =>
        Attendance.Where(a => !Attendance.Any(b => b.PlannedSessionId == a.PlannedSessionId && b.EnrolmentId == a.EnrolmentId && b.Revision > a.Revision));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        SignedRecords.RefuseChanges(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        SignedRecords.RefuseChanges(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // One IEntityTypeConfiguration per record, in EntityConfigurations/; the conventions below apply to them all.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IopDbContext).Assembly);

        UseSnakeCaseColumns(modelBuilder);
        StoreDateTimesAsUtc(modelBuilder);
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
