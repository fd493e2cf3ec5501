using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IopCurriculum.Guides;

public static class GuideRegistration
{
    /// <summary>Registers the renderer that lays out weekly packets as printable HTML; one serves every request.</summary>
    public static IServiceCollection AddGuideRendering(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<GuideRenderer>();
        return services;
    }
}
