namespace IopCurriculum.Library;

/// <summary>One problem in an uploaded curriculum, at its place in the upload (a path relative to the curriculum folder).</summary>
public sealed record CurriculumProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message}";
}
