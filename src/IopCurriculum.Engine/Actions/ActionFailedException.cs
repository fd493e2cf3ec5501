namespace IopCurriculum.Engine.Actions;

/// <summary>A handler's failure told in words, such as "the EHR answered 503 Service Unavailable".</summary>
public sealed class ActionFailedException : Exception
{
    public ActionFailedException() { }

    public ActionFailedException(string message) : base(message) { }

    public ActionFailedException(string message, Exception innerException) : base(message, innerException) { }
}
