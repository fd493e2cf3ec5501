using IopCurriculum.Engine;
using IopCurriculum.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IopCurriculum.Scheduling;

/// <summary>
/// The Generic Host that runs the scheduler: the engine and Quartz on one database, Quartz's persistent
/// store in the same SQLite file as the engine's tables.
/// </summary>
public static class SchedulerHost
{
    public static IHost Build(string databasePath, TimeProvider clock, Action<ILoggingBuilder>? logging = null)
    {
        var database = IopDatabase.Sqlite(databasePath);
        // The engine's schema first: Quartz adds its own tables beside it.
        database.Migrate();

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        if (logging is null) builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        else logging(builder.Logging);
        // Quartz reports its own start-up chatter at Information; the engine's lines are the ones staff read.
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);

        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(new IopEngine(database, clock));
        builder.Services.AddSingleton<CohortSchedules>();
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = "iop");
            q.UseTimeProvider(clock);
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(database.ConnectionString);
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
        });
        builder.Services.AddHostedService<SchedulerStartup>();
        builder.Services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = false;
        });
        return builder.Build();
    }
}
