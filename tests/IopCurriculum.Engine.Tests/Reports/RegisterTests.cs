using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Reports;

/// <summary>A session's register: who is expected, and saving the whole form as one transaction.</summary>
public sealed class RegisterTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));

    public RegisterTests()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4));
        _h.Enrol(CohortId, "A", 1);
        _h.Enrol(CohortId, "B", 1);
        _h.Enrol(CohortId, "C", 2);
    }

    public void Dispose() => _h.Dispose();

    private CohortSessions Sessions => new(_h.Engine);

    [Fact]
    public void TheRegisterListsClientsEnrolledByTheSessionsWeekAndAnIndividualSessionItsOwner()
    {
        var week1 = Sessions.Week(CohortId, 1);
        var rp1 = week1.Sessions.First(s => s.Label == "RP 1");
        Assert.Equal(("Group room A", "RP", new LocalTime(19, 0), new LocalDate(2027, 1, 4)), (rp1.Room, rp1.TrackCode, rp1.Start, rp1.Date));
        Assert.NotNull(rp1.Title);
        Assert.Equal(["A", "B"], Sessions.Sheet(CohortId, rp1.Id).Lines.Select(l => l.ClientId));
        var rp2Week2 = Sessions.Week(CohortId, 2).Sessions.First(s => s.TrackCode == "RP");
        Assert.Equal(["A", "B", "C"], Sessions.Sheet(CohortId, rp2Week2.Id).Lines.Select(l => l.ClientId));
        var ic = week1.Sessions.Single(s => s.TrackCode == "IC" && s.ClientId == "B");
        Assert.Equal(["B"], Sessions.Sheet(CohortId, ic.Id).Lines.Select(l => l.ClientId));
        Assert.Equal("Client B.", Sessions.Sheet(CohortId, ic.Id).Lines[0].Name);
    }

    [Fact]
    public void AWholeRegisterIsSavedTogetherAndRepeatsAreNotCorrections()
    {
        var rp1 = _h.Sessions(CohortId, 1).First(s => s.TrackCode == "RP");
        _h.AfterSession(rp1);
        var first = _h.Engine.Attendance.RecordSession(new SessionAttendanceRequest
        {
            CohortId = CohortId, SessionId = rp1.Id, Actor = "fay",
            Entries = [new RegisterEntry("A", "attended"), new RegisterEntry("B", "absent", "  called in  ")],
        });
        Assert.Equal((2, 0), (first.Recorded.Count, first.Unchanged));

        var second = _h.Engine.Attendance.RecordSession(new SessionAttendanceRequest
        {
            CohortId = CohortId, SessionId = rp1.Id, Actor = "lee",
            Entries = [new RegisterEntry("A", "attended"), new RegisterEntry("B", "excused", "called in")],
        });
        Assert.Equal((1, 1), (second.Recorded.Count, second.Unchanged));
        Assert.Equal(2, second.Recorded[0].Entry.Revision);

        var b = Sessions.Sheet(CohortId, rp1.Id).Lines.Single(l => l.ClientId == "B");
        Assert.Equal([(1, "absent", "called in", "fay"), (2, "excused", "called in", "lee")], b.History.Select(e => (e.Revision, e.Status, e.Note, e.Actor)));
        Assert.Equal("excused", b.Current!.Status);
    }

    [Fact]
    public void ARegisterWithOneRefusedEntryWritesNothing()
    {
        var rp1 = _h.Sessions(CohortId, 1).First(s => s.TrackCode == "RP");
        _h.AfterSession(rp1);
        // C joined in week 2: the week 1 session was before their time, so the whole form is refused.
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Attendance.RecordSession(new SessionAttendanceRequest
        {
            CohortId = CohortId, SessionId = rp1.Id,
            Entries = [new RegisterEntry("A", "attended"), new RegisterEntry("B", "attended"), new RegisterEntry("C", "attended")],
        }));
        Assert.Equal("RP 1 (week 1) was before client C joined in week 2", refused.Message);
        _h.AssertRefused(ProblemKind.NotFound, () => _h.Engine.Attendance.RecordSession(new SessionAttendanceRequest
        {
            CohortId = CohortId, SessionId = rp1.Id, Entries = [new RegisterEntry("A", "attended"), new RegisterEntry("Z", "attended")],
        }));
        var icOfA = _h.Sessions(CohortId, 1).Single(s => s.TrackCode == "IC" && s.EnrolmentId == _h.Enrolment(CohortId, "A").Id);
        _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Attendance.RecordSession(new SessionAttendanceRequest
        {
            CohortId = CohortId, SessionId = icOfA.Id, Entries = [new RegisterEntry("B", "attended")],
        }));
    }
}
