namespace IopCurriculum.Engine.Reports;

/// <summary>
/// Sessions a client was recorded at against those recorded for them: present (attended or late) over
/// present and missed (absent or excused). A session the program cancelled counts for neither.
/// </summary>
public sealed record AttendanceShare(int Present, int Recorded)
{
    /// <summary>Null when nothing has been recorded yet, so "no sessions recorded" is not read as 0 %.</summary>
    public decimal? Percent => Recorded == 0 ? null : Math.Round(100m * Present / Recorded, 1);

    internal static AttendanceShare Of(IEnumerable<Domain.Cohorts.AttendanceStatus> statuses)
    {
        var present = 0;
        var recorded = 0;
        foreach (var status in statuses)
        {
            if (Domain.Cohorts.AttendanceStatuses.Present(status)) present++;
            else if (!MakeUps.Missed(status)) continue;
            recorded++;
        }
        return new AttendanceShare(present, recorded);
    }
}
