using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Domain.Planning;

/// <summary>Which week of its own block a track runs in a program week, and in which pass of that block.</summary>
internal readonly record struct BlockPosition(int Week, int Cycle)
{
    /// <summary>Where <paramref name="track"/> stands in <paramref name="programWeek"/>, or null when it does not meet then.</summary>
    /// <remarks>
    /// Past its block a track meets again only when groups are open, or, in a closed plan, as aftercare
    /// after the program's last week. Either way it cycles: a fixed sequence restarts at its first
    /// session, which keeps every block week within the range the curriculum describes.
    /// </remarks>
    public static BlockPosition? Of(Track track, int programWeek, int curriculumWeeks, GroupMode groups)
    {
        var schedule = track.Schedule;
        if (schedule.Cadence == Cadence.AsNeeded)
            return groups == GroupMode.Closed && schedule.Weeks.Contains(programWeek) ? new(programWeek, 1) : null;
        if (programWeek < schedule.Weeks.First) return null;
        if (programWeek > schedule.Weeks.Last
            && groups == GroupMode.Closed
            && !(schedule.ContinuesAfterProgram && programWeek > curriculumWeeks))
            return null;

        var passed = programWeek - schedule.Weeks.First;
        return new(schedule.Weeks.First + passed % schedule.Weeks.Count, passed / schedule.Weeks.Count + 1);
    }
}
