using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

/// <summary>Which of a client-week's hours fall under the weekly minimum.</summary>
[Flags]
public enum HoursShortfall
{
    None = 0,
    Scheduled = 1,
    Attended = 2,
}
