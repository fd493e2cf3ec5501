using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Fhir.Serving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IopCurriculum.Fhir;

public static class FhirRegistration
{
    /// <summary>
    /// Registers the export's settings and the resource search that answers reads and searches with the
    /// export's own resources. Needs the cohort runtime (<see cref="EngineRegistration.AddIopEngine"/>).
    /// </summary>
    public static IServiceCollection AddFhirExport(this IServiceCollection services, ExportSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(settings ?? new ExportSettings());
        services.TryAddSingleton(sp => new ResourceSearch(sp.GetRequiredService<IopEngine>(), sp.GetRequiredService<ExportSettings>()));
        return services;
    }
}
