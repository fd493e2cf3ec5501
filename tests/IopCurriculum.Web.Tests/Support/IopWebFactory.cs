using IopCurriculum.Access;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace IopCurriculum.Web.Tests.Support;

/// <summary>
/// The web host in memory on a throwaway database and a fake clock (Monday 2027-01-04, 09:00 in Los
/// Angeles), with the first-run demo seeded unless told otherwise and the scheduler off: tests move time
/// themselves and advance weeks through the engine.
/// </summary>
public sealed class IopWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    private readonly TempFolder _folder = new("iop-web-");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero));

    public bool Seed { get; init; } = true;

    /// <summary>Runs the action dispatcher in the host; off unless a test drives actions through it.</summary>
    public bool Actions { get; init; }

    /// <summary>An administrator to make before the host starts, as on an installation that has one already; none unless set.</summary>
    public string? AdministratorBeforeStart { get; init; }

    /// <summary>What the host printed to its log.</summary>
    public CapturedLogs Logs { get; } = new();

    public string DataFolder => _folder.Path;

    public string DatabasePath => _folder.Sub("iop.db");

    public IopEngine Engine => Services.GetRequiredService<IopEngine>();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Host configuration, because the app reads its settings before the host is built.
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Iop:Database"] = DatabasePath,
            ["Iop:Scheduler"] = "false",
            ["Iop:Actions"] = Actions ? "true" : "false",
            ["Iop:Seed"] = Seed ? "true" : "false",
            ["Iop:DataFolder"] = _folder.Path,
            ["Iop:ContentRoot"] = Repo.Root,
        }));
        if (AdministratorBeforeStart is { } admin)
        {
            var database = IopDatabase.FromSetting(DatabasePath);
            database.Migrate();
            new IopEngine(database, Clock, DataFolder).Users.Create(admin, $"{admin} (test)", Password, Roles.Admin, "test");
        }
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
        });
    }

    /// <summary>A user made the way an administrator would, with <see cref="Password"/>.</summary>
    public UserAccount User(string name, string roles, string? cohort = null)
    {
        var user = Engine.Users.Create(name, $"{name} (test)", Password, roles, "test");
        if (cohort is not null) Engine.Users.AssignCohort(name, cohort, "test");
        return user;
    }

    /// <summary>A browser-like client (cookies kept, redirects not followed) signed in as <paramref name="name"/>.</summary>
    public async Task<HttpClient> SignedIn(string name, string password = Password)
    {
        var client = Browser();
        var response = await Forms.Submit(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = name,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"sign-in as {name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>A new user with <paramref name="roles"/>, signed in at once.</summary>
    public async Task<HttpClient> SignedInAs(string name, string roles, string? cohort = null)
    {
        User(name, roles, cohort);
        return await SignedIn(name);
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _folder.Dispose();
    }
}
