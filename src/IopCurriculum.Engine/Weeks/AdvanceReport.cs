using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Weeks;

/// <summary>What an advance did: cohort weeks ended, stage changes, stays, and occurrences already done.</summary>
public sealed class AdvanceReport
{
    public List<string> CohortWeeks { get; } = [];
    public List<string> Transitions { get; } = [];
    /// <summary>Instances that crossed a week without changing stage.</summary>
    public int Stays { get; set; }
    /// <summary>Occurrences found already processed: the no-ops that make a repeated fire harmless.</summary>
    public List<string> Skipped { get; } = [];

    public bool DidAnything => CohortWeeks.Count > 0 || Transitions.Count > 0 || Stays > 0;
}
