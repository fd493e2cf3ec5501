using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Guides.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IopCurriculum.Guides;

/// <summary>
/// Renders guides to complete HTML documents with ASP.NET Core's <see cref="HtmlRenderer"/>: no web
/// server, no request. One instance can render any number of documents, one after another or at once.
/// </summary>
public sealed class GuideRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public GuideRenderer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        _services = services.BuildServiceProvider();
    }

    /// <summary>A cohort's weekly packet: cover, a guide per session with its roster, and the testing log.</summary>
    public Task<string> PacketAsync(WeekPacket packet, PaperSize paper = PaperSize.Letter)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return RenderAsync<WeeklyPacket>(new Dictionary<string, object?>
        {
            [nameof(WeeklyPacket.Packet)] = packet,
            [nameof(WeeklyPacket.Paper)] = paper,
        });
    }

    /// <summary>One session's guide from the curriculum alone, for leads; it carries no client data.</summary>
    /// <exception cref="ArgumentException">The session carries a roster: a preview must not.</exception>
    public Task<string> PreviewAsync(Curriculum curriculum, GuideSession session, PaperSize paper = PaperSize.Letter)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(session);
        if (session.Roster is not null)
            throw new ArgumentException("a curriculum preview carries no roster", nameof(session));
        return RenderAsync<SessionPreview>(new Dictionary<string, object?>
        {
            [nameof(SessionPreview.Curriculum)] = curriculum,
            [nameof(SessionPreview.Session)] = session,
            [nameof(SessionPreview.Paper)] = paper,
        });
    }

    /// <summary>
    /// Each document gets its own short-lived renderer: a renderer keeps every component it rendered
    /// until it is disposed, so sharing one would grow with every packet.
    /// </summary>
    private async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        await using (renderer.ConfigureAwait(false))
        {
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
                return output.ToHtmlString();
            }).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
