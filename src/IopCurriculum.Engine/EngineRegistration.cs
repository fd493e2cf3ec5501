using IopCurriculum.Access;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Feeds;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Library;
using IopCurriculum.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IopCurriculum.Engine;

public static class EngineRegistration
{
    /// <summary>
    /// Registers the cohort runtime on <paramref name="database"/>: the engine, the snapshot reader, and, on
    /// the same unit-of-work context, access (<see cref="AccessRegistration.AddIopAccess"/>) and the
    /// curriculum library (<see cref="LibraryRegistration.AddCurriculumLibrary"/>). The clock is the
    /// container's <see cref="TimeProvider"/>, the system clock unless the host registered another.
    /// </summary>
    /// <param name="dataFolder">Where stored curriculum versions are written out; by default beside the SQLite file.</param>
    public static IServiceCollection AddIopEngine(this IServiceCollection services, IopDatabase database, string? dataFolder = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(database);
        services.TryAddSingleton(sp => new EngineContext(database, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<WorkContext>(sp => sp.GetRequiredService<EngineContext>());
        services.TryAddSingleton(sp => new CohortReader(sp.GetRequiredService<EngineContext>()));
        services.TryAddSingleton<ICohortFeedEvents>(sp => new CohortFeedEvents(sp.GetRequiredService<CohortReader>()));
        services.AddIopAccess();
        services.AddCurriculumLibrary(dataFolder ?? IopEngine.DefaultDataFolder(database));
        services.TryAddSingleton(sp => new IopEngine(
            sp.GetRequiredService<EngineContext>(),
            sp.GetRequiredService<CurriculumLibrary>(),
            sp.GetRequiredService<CohortReader>(),
            sp.GetRequiredService<UserDirectory>(),
            sp.GetRequiredService<ApiTokens>(),
            sp.GetRequiredService<CalendarFeeds>(),
            sp.GetRequiredService<AccessAudit>()));
        return services;
    }
}
