using IopCurriculum.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IopCurriculum.Library;

public static class LibraryRegistration
{
    /// <summary>
    /// Registers the curriculum library, writing stored versions under <paramref name="dataFolder"/>. It works
    /// in the unit-of-work context the cohort runtime registers (<c>AddIopEngine</c>).
    /// </summary>
    public static IServiceCollection AddCurriculumLibrary(this IServiceCollection services, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(dataFolder);
        services.TryAddSingleton(sp => new CurriculumLibrary(sp.GetRequiredService<WorkContext>(), dataFolder));
        return services;
    }
}
