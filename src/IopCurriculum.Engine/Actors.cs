using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine;

/// <summary>Who made a change, as the journal records it.</summary>
public static class Actors
{
    /// <summary>The week-boundary scheduler.</summary>
    public const string Scheduler = "scheduler";

    /// <summary>The action dispatcher, carrying out what transitions asked for.</summary>
    public const string Dispatcher = "dispatcher";

    /// <summary>The engine itself, when it catches up after downtime on start.</summary>
    public const string Reconciler = "reconciler";

    /// <summary>The person at the command line as they named themselves, else the environment's user name.</summary>
    public static string CommandLine(string? given) =>
        Input.FieldRules.OptionalName(given, "the name of who made the change")
        ?? (Environment.UserName is { Length: > 0 } user ? user : "unknown");
}
