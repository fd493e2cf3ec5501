namespace IopCurriculum.Workflows.Guards;

/// <summary>A problem in a guard, at an offset inside the guard's text; the loader turns it into a file position.</summary>
internal readonly record struct GuardProblem(int Offset, string Message);
