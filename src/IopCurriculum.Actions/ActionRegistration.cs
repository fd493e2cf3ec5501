using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Guides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IopCurriculum.Actions;

public static class ActionRegistration
{
    /// <summary>
    /// Registers every action handler, the dispatcher, and the hosted service that runs it, on the host's
    /// <see cref="IopEngine"/>. The web app and <c>iop scheduler run</c> both call this.
    /// </summary>
    public static IServiceCollection AddIopActions(this IServiceCollection services, ActionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        services.TryAddSingleton<GuideRenderer>();
        services.AddSingleton(sp => Dispatchers.Create(sp.GetRequiredService<IopEngine>(), settings, sp.GetRequiredService<GuideRenderer>()));
        services.AddHostedService<DispatcherService>();
        return services;
    }
}
