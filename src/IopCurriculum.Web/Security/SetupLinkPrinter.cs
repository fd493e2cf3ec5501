using IopCurriculum.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IopCurriculum.Web.Security;

/// <summary>
/// Once the host is listening, and only while no administrator exists, prints the first administrator's
/// one-time setup link to the log (the console of the machine running the app); never to a page.
/// </summary>
internal sealed partial class SetupLinkPrinter(SetupLink link, IServer server, IHostApplicationLifetime lifetime, WebSettings settings, ILogger<SetupLinkPrinter> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Started is when the listening addresses are known, and after the other hosted services (the demo seed) have run.
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        if (link.Issue() is not { } token) return;
        var address = new Uri(Root(), "account/setup?token=" + Uri.EscapeDataString(token));
        Printed(log, address, (int)SetupLink.Lifetime.TotalMinutes);
    }

    /// <summary>The address staff open the app at, if set; else the address the host listens on; else the default.</summary>
    private Uri Root()
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var url = settings.PublicUrl ?? listening ?? WebSettings.DefaultUrl;
        // A host listening on every interface is reached from this machine at localhost.
        foreach (var any in Everywhere) url = url.Replace("://" + any, "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var root) ? root : new Uri(WebSettings.DefaultUrl + "/");
    }

    private static readonly string[] Everywhere = ["0.0.0.0", "[::]", "+", "*"];

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator exists yet. Open this one-time setup link within {Minutes} minutes to create the first administrator: {Link}")]
    private static partial void Printed(ILogger logger, Uri link, int minutes);
}
