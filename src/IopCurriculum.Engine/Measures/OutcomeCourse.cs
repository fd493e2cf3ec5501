namespace IopCurriculum.Engine.Measures;

/// <summary>How a client's course ended, if it has.</summary>
public enum CourseEnd
{
    InTreatment,
    Completed,
    LeftEarly,
}

/// <summary>What the cohort outcomes need of one client, read from a snapshot or written by hand in a test.</summary>
/// <param name="Weeks">The weeks of the course that have begun, in order.</param>
/// <param name="Phq9">The client's PHQ-9 total scores in the order answered, those struck out or not scored left out.</param>
public sealed record OutcomeCourse(string ClientId, string RosterName, IReadOnlyList<CourseWeek> Weeks, CourseEnd End, IReadOnlyList<int> Phq9)
{
    /// <summary>The most weeks in a row that were abstinent (negative urine, no positive breath test); a missing test ends a run.</summary>
    public int LongestAbstinentRun
    {
        get
        {
            int longest = 0, run = 0;
            foreach (var week in Weeks.Where(w => w.Ended))
            {
                run = week.Counted && week.Abstinent ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
            return longest;
        }
    }

    /// <summary>The latest PHQ-9 less the first (the baseline); null without two scores. Negative is improvement.</summary>
    public int? Phq9Change => Phq9.Count >= 2 ? Phq9[^1] - Phq9[0] : null;
}
