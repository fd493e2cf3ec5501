using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Guides;

namespace IopCurriculum.Actions;

/// <summary>The dispatcher with every handler, for hosts and for commands that run the queue once.</summary>
public static class Dispatchers
{
    public static ActionDispatcher Create(IopEngine engine, ActionSettings settings, GuideRenderer? renderer = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(settings);
        // One client for every push: it pools connections to each EHR, and its timeout bounds a hung server.
        var http = new HttpClient { Timeout = settings.Timeout };
        return new ActionDispatcher(engine,
        [
            new NotifyTeamHandler(engine, new TaskNotices(settings)),
            new CarePlanPushHandler(engine, http, new AccessTokens(http, engine.Clock)),
            new RenderGuidesHandler(engine, settings, renderer ?? new GuideRenderer()),
        ], settings.Dispatch);
    }
}
