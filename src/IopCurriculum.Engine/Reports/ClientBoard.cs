using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

/// <param name="Tracks">Sessions attended and missed per track, from the latest entry of each.</param>
/// <param name="Hours">Each week from the client's first to the running one.</param>
public sealed record ClientBoard(
    ClientProgress Progress,
    string Name,
    IReadOnlyList<TrackTally> Tracks,
    IReadOnlyList<MissedSession> Missed,
    IReadOnlyList<WeekHours> Hours);
