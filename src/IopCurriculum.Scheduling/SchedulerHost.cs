using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IopCurriculum.Scheduling;

/// <summary>
/// The Generic Host that runs the scheduler: the engine and Quartz on one database. On SQLite (the
/// default) Quartz's persistent store is in the same file as the engine's tables and one host runs. On
/// PostgreSQL Quartz is clustered: any number of hosts share the database, each trigger fires on one of
/// them, and the triggers a dead host held move to the others once it misses its check-ins.
/// </summary>
public static class SchedulerHost
{
    /// <summary>How often a clustered host tells the others it is alive.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long a host may miss its check-ins before the others take its work.</summary>
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(10);

    /// <summary>How late a trigger may fire before Quartz applies its misfire instruction.</summary>
    public static readonly TimeSpan MisfireThreshold = TimeSpan.FromMinutes(1);

    /// <summary>How often Quartz looks for misfired triggers.</summary>
    public static readonly TimeSpan MisfireHandlerFrequency = TimeSpan.FromSeconds(5);

    /// <summary>How often a clustered host looks for triggers another host added.</summary>
    public static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);

    /// <summary>How long Quartz waits before retrying when the database is unreachable.</summary>
    public static readonly TimeSpan DatabaseRetry = TimeSpan.FromSeconds(1);

    /// <summary>Jobs one host runs at once.</summary>
    public const int Concurrency = 8;

    /// <param name="database">A SQLite file path or a PostgreSQL connection string (<see cref="IopDatabase.FromSetting"/>).</param>
    /// <param name="scale">How fast <paramref name="clock"/> runs against real time (<see cref="TimerScale.RealTime"/> unless told).</param>
    /// <param name="services">More services for the same host, such as the action dispatcher.</param>
    public static IHost Build(string database, TimeProvider clock, Action<ILoggingBuilder>? logging = null, TimerScale? scale = null,
        Action<IServiceCollection, IopDatabase>? services = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var db = IopDatabase.FromSetting(database);
        // The engine's schema first: Quartz adds its own tables beside it.
        db.Migrate();

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        if (logging is null) builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        else logging(builder.Logging);
        // Quartz reports its own start-up chatter at Information; the engine's lines are the ones staff read.
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);

        builder.Services.AddSingleton(clock);
        builder.Services.AddIopEngine(db);
        builder.Services.AddIopScheduler(db, clock, scale);
        services?.Invoke(builder.Services, db);
        return builder.Build();
    }

    /// <summary>
    /// Adds the scheduler to a host that already has (or will have) an <see cref="IopEngine"/> on
    /// <paramref name="db"/>: Quartz's persistent store beside the engine's tables, clustered on PostgreSQL,
    /// and the start-up service that reconciles every cohort with the clock. The web app hosts it this way.
    /// </summary>
    public static IServiceCollection AddIopScheduler(this IServiceCollection services, IopDatabase db, TimeProvider clock, TimerScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var clustered = db.Provider == DatabaseProvider.Postgres;
        var timers = scale ?? TimerScale.RealTime;
        services.TryAddSingleton(clock);
        services.TryAddSingleton(timers);
        services.TryAddSingleton(db);
        services.AddSingleton<CohortSchedules>();
        services.AddSingleton<StartupLock>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "iop";
                if (clustered)
                {
                    // Each host of the cluster needs its own id; the triggers it acquires are recorded under it.
                    o.GenerateInstanceId = true;
                    o.IdleWaitTime = timers.OnClock(IdleWait);
                }
                o.MaxBatchSize = Concurrency;
            });
            q.UseTimeProvider(clock);
            q.UseDefaultThreadPool(Concurrency);
            q.UsePersistentStore(store =>
            {
                if (clustered)
                {
                    store.UsePostgres(db.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = timers.OnClock(CheckinInterval);
                        c.CheckinMisfireThreshold = timers.OnClock(CheckinMisfireThreshold);
                    });
                }
                else
                {
                    store.UseSqlite(db.ConnectionString);
                }
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o =>
                {
                    o.MisfireThreshold = timers.OnClock(MisfireThreshold);
                    o.LockWaitWarningThreshold = timers.OnClock(TimeSpan.FromSeconds(30));
                    // Quartz would otherwise sleep a whole threshold between misfire passes, too long for its timers under a fast clock.
                    o.MisfireHandlerFrequency = timers.OnClock(MisfireHandlerFrequency);
                    if (clustered) o.DbRetryInterval = timers.OnClock(DatabaseRetry);
                });
            });
        });
        services.AddHostedService<SchedulerStartup>();
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = false;
        });
        return services;
    }
}
