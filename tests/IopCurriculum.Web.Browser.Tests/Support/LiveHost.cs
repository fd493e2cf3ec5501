using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IopCurriculum.Web.Browser.Tests.Support;

/// <summary>
/// The real web host, as the README's main command starts it, on a free loopback port with a throwaway
/// database and a fake clock (Monday 2027-01-04, 09:00 in Los Angeles); the scheduler is off so the test
/// decides when weeks end.
/// </summary>
public sealed class LiveHost : IAsyncDisposable
{
    private readonly TempFolder _folder = new("iop-browser-");
    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero));

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public IopEngine Engine => _app!.Services.GetRequiredService<IopEngine>();

    /// <summary>The host's services, for what a test needs that no page shows (the setup link's token).</summary>
    public IServiceProvider Services => _app!.Services;

    public string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task StartAsync()
    {
        _app = WebApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            $"--Iop:Database={_folder.Sub("iop.db")}",
            $"--Iop:DataFolder={_folder.Path}",
            $"--Iop:ContentRoot={Repo.Root}",
            "--Iop:Scheduler=false",
            "--environment=Production",
        ], Clock);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _folder.Dispose();
    }
}
