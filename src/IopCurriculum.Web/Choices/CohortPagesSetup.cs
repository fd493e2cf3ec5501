using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Web.Choices;

/// <summary>The services the program and cohort pages use.</summary>
public static class CohortPagesSetup
{
    public static IServiceCollection AddCohortPages(this IServiceCollection services)
    {
        services.AddSingleton<CurriculumChoices>();
        services.AddSingleton<DefinitionFiles>();
        services.AddSingleton(sp => new CohortSessions(sp.GetRequiredService<IopEngine>()));
        services.AddSingleton(sp => new CohortDashboard(sp.GetRequiredService<IopEngine>()));
        services.AddSingleton(sp => new StaffDays(sp.GetRequiredService<IopEngine>()));
        return services;
    }
}
