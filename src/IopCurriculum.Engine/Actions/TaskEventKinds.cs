namespace IopCurriculum.Engine.Actions;

/// <summary>What can happen to a staff task, as its history records it.</summary>
public static class TaskEventKinds
{
    public const string Created = "created";

    public const string Reassigned = "reassigned";

    public const string Done = "done";
}
