using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

public sealed record TrackTally(string Track, int Attended, int Missed);
