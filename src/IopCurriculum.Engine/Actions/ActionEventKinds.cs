namespace IopCurriculum.Engine.Actions;

/// <summary>What can happen to an outbox action, as its history records it.</summary>
public static class ActionEventKinds
{
    /// <summary>Its handler did what it says.</summary>
    public const string Done = "done";

    /// <summary>A try failed; it will be tried again.</summary>
    public const string Failed = "failed";

    /// <summary>The last try failed: it waits for a person.</summary>
    public const string Incident = "incident";

    /// <summary>A person put it back in the queue, and said why.</summary>
    public const string Retried = "retried";

    /// <summary>A person closed it undone, and said why.</summary>
    public const string Dismissed = "dismissed";

    /// <summary>A part of its effect outside the engine is done (a notice sent, a recipient reached), so a retry skips it.</summary>
    public const string Step = "step";
}
