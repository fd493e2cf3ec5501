using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Reports;

public sealed class MakeUpTests
{
    private static readonly Instant Monday = Instant.FromUtc(2027, 1, 5, 2, 0);

    private static RecordedSession At(long id, string track, int? number, int week, AttendanceStatus status, bool group = true) =>
        new(id, track, number, week, Monday.Plus(Duration.FromDays(7 * (week - 1))).Plus(Duration.FromMinutes(id)), group, status);

    [Fact]
    public void AMissedSessionIsMadeUpByTheSameSessionLater()
    {
        var missed = MakeUps.Find([At(1, "ER", 1, 1, AttendanceStatus.Absent), At(9, "ER", 2, 5, AttendanceStatus.Attended), At(10, "ER", 1, 5, AttendanceStatus.Late)]);
        var only = Assert.Single(missed);
        Assert.Equal(("ER 1", 1, AttendanceStatus.Absent, (int?)5, (long?)10), (only.Label, only.Week, only.Status, only.MadeUpWeek, only.MadeUpSessionId));
    }

    [Fact]
    public void AnotherSessionOrAnEarlierOneOrAnAbsenceDoesNotMakeItUp()
    {
        var missed = MakeUps.Find(
        [
            At(1, "RP", 3, 2, AttendanceStatus.Attended),
            At(2, "RP", 3, 3, AttendanceStatus.Excused),
            At(3, "RP", 4, 3, AttendanceStatus.Attended),
            At(4, "FE", 3, 4, AttendanceStatus.Attended),
            At(5, "RP", 3, 19, AttendanceStatus.Absent),
        ]);
        Assert.Equal([("RP 3", 3, (int?)null), ("RP 3", 19, null)], missed.Select(m => (m.Label, m.Week, m.MadeUpWeek)));
    }

    [Fact]
    public void CancelledIndividualAndUnnumberedSessionsAreNotListed()
    {
        var missed = MakeUps.Find(
        [
            At(1, "RP", 1, 1, AttendanceStatus.CancelledByProgram),
            At(2, "IC", 1, 1, AttendanceStatus.Absent, group: false),
            At(3, "SS", null, 13, AttendanceStatus.Absent),
        ]);
        Assert.Empty(missed);
    }
}
