using IopCurriculum.Actions;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Guides;
using IopCurriculum.Persistence;
using IopCurriculum.Scheduling;
using IopCurriculum.Web.Choices;
using IopCurriculum.Web.Components;
using IopCurriculum.Web.Curricula;
using IopCurriculum.Web.FhirApi;
using IopCurriculum.Web.Security;
using IopCurriculum.Web.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace IopCurriculum.Web.Hosting;

/// <summary>
/// The one host clinics run: the pages, the FHIR API and the week-boundary scheduler on one database,
/// listening on 127.0.0.1:5080 unless configured otherwise.
/// </summary>
public static class WebApp
{
    public static WebApplication Create(string[] args, TimeProvider clock)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = WebSettings.Read(builder.Configuration);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(WebSettings.DefaultUrl);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = settings.MaxRequestBytes;
        });
        builder.Services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = settings.MaxRequestBytes;
            o.ValueCountLimit = 4096;
        });

        // Request logs carry paths and query strings, and those carry client ids: ASP.NET's own lines stay
        // at Warning so no PHI reaches the log.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);

        var db = IopDatabase.FromSetting(settings.Database);
        db.Migrate();
        builder.Services.AddSingleton(settings);
        builder.Services.TryAddSingleton(clock);
        builder.Services.AddIopEngine(db, settings.DataFolder);
        // Hosted services start in order: the demo is seeded before the scheduler looks for programs.
        if (settings.Seed) builder.Services.AddHostedService<FirstRunSeed>();
        if (settings.Scheduler) builder.Services.AddIopScheduler(db, clock);
        if (settings.Actions)
            builder.Services.AddIopActions(new ActionSettings(settings.DataFolder, PublicUrl(settings, builder.Configuration),
                (DispatchSettings.Default with { MaxAttempts = settings.ActionTries }).Checked()));

        var keys = Directory.CreateDirectory(Path.Combine(settings.DataFolder, "keys"));
        builder.Services.AddDataProtection().SetApplicationName("iop").PersistKeysToFileSystem(keys);
        builder.Services.AddIopSecurity();
        builder.Services.AddSignInThrottle();
        builder.Services.AddSingleton<CohortAccess>();
        builder.Services.AddSingleton<SetupLink>();
        builder.Services.AddHostedService<SetupLinkPrinter>();
        builder.Services.AddSingleton<Auditing.AuditTrail>();
        builder.Services.AddGuideRendering();
        builder.Services.AddSingleton(new Guides.PacketPrinter());
        builder.Services.AddSingleton(new ReadyPackets(settings.DataFolder));
        builder.Services.AddCohortPages();
        builder.Services.AddFhirApi();
        // Registered first, so a browser asking for a page is answered in HTML before the JSON writer is asked.
        builder.Services.AddSingleton<IProblemDetailsWriter, HtmlProblemWriter>();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Describe);
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = Problems.StatusFor });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        // FHIR errors, this one included, are answered as OperationOutcomes, so that middleware goes first.
        app.UseFhirOutcomes();
        // An oversize curriculum upload is sent back to its form with a message rather than a bare 413.
        app.UseCurriculumUploadLimit();
        app.UseRequestSizeLimit(settings.MaxRequestBytes);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new EmbeddedFileProvider(typeof(WebApp).Assembly, "IopCurriculum.Web.Static") });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseStaleFormAnswers();

        app.MapGet("/health", () => Results.Text("ok")).AllowAnonymous();
        // Browsers ask for an icon on every document, the printable guides included; there is none.
        app.MapGet("/favicon.ico", () => Results.NoContent()).AllowAnonymous();
        app.MapAccountEndpoints();
        Calendar.CalendarEndpoints.MapCalendarFeeds(app);
        Guides.GuideEndpoints.MapGuideDocuments(app);
        Billing.BillingEndpoints.MapBillingFiles(app);
        Consent.ConsentEndpoints.MapConsentFiles(app);
        app.MapFhirApi();
        app.MapCurriculumEndpoints();
        app.MapRazorComponents<App>();
        return app;
    }

    private static Uri PublicUrl(WebSettings settings, ConfigurationManager configuration)
    {
        var url = settings.PublicUrl
            ?? (configuration["urls"] ?? configuration["ASPNETCORE_URLS"])?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
            ?? WebSettings.DefaultUrl;
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var address))
            throw new InvalidOperationException($"Iop:PublicUrl '{url}' is not an absolute address, such as https://iop.clinic.example.org");
        return address;
    }
}
