namespace IopCurriculum.Plans.Drafts;

/// <summary>A line of a draft's plan text and the form field written on it, named by its path (<c>problems[0].goals[1].target</c>).</summary>
public readonly record struct DraftLine(int Line, string Field);
