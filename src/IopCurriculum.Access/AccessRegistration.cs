using IopCurriculum.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IopCurriculum.Access;

public static class AccessRegistration
{
    /// <summary>
    /// Registers who may do what: the user directory, API tokens, calendar feeds and the access audit.
    /// They work in the unit-of-work context the cohort runtime registers (<c>AddIopEngine</c>), which also
    /// says what a cohort's feed events are.
    /// </summary>
    public static IServiceCollection AddIopAccess(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new UserDirectory(sp.GetRequiredService<WorkContext>()));
        services.TryAddSingleton(sp => new ApiTokens(sp.GetRequiredService<WorkContext>()));
        services.TryAddSingleton(sp => new AccessAudit(sp.GetRequiredService<WorkContext>()));
        services.TryAddSingleton(sp => new CalendarFeeds(sp.GetRequiredService<WorkContext>(), sp.GetRequiredService<ICohortFeedEvents>()));
        return services;
    }
}
