using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <param name="History">Every revision of the client's entry for the session, oldest first; the last is current.</param>
public sealed record SheetLine(string ClientId, string Name, IReadOnlyList<AttendanceEntry> History)
{
    public AttendanceEntry? Current => History.Count == 0 ? null : History[^1];
}
