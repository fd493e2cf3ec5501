using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Recording;

/// <summary>
/// A correction is a new revision of the same attendance entry: the earlier one stays as history and the
/// guards count only the latest, so correcting one absence can decide whether the block is passed.
/// </summary>
public sealed class AttendanceCorrectionTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));

    public void Dispose() => _h.Dispose();

    [Fact]
    public void CorrectingAnAbsenceKeepsBothRevisionsAndTheLatestDecidesTheBlock()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4), [Repo.MatrixClient]);
        _h.Enrol(CohortId, "A", 1);
        _h.Enrol(CohortId, "B", 1);

        // A and B came to the same 5 of the block's 8 Early Recovery groups; both were recorded absent from
        // the 2nd, 4th and 6th. Everything is recorded on the Sunday the block ends.
        _h.SetLocal(new LocalDateTime(2027, 1, 31, 12, 0));
        var sessions = _h.AllSessions(CohortId);
        var er = sessions.Where(s => s.TrackCode == "ER" && s.Week <= 4).ToList();
        Assert.Equal(8, er.Count);
        foreach (var client in new[] { "A", "B" })
        {
            var enrolment = _h.Enrolment(CohortId, client);
            _h.Attend(CohortId, client, sessions.First(s => s.TrackCode == "IC" && s.EnrolmentId == enrolment.Id));
            foreach (var (session, index) in er.Select((s, i) => (s, i + 1)))
                _h.Attend(CohortId, client, session, index is 2 or 4 or 6 ? "absent" : "attended");
        }
        Assert.Equal(5, ErAttended("A"));

        // An hour later the register is checked: A was at the 4th group after all.
        _h.SetLocal(new LocalDateTime(2027, 1, 31, 13, 0));
        var correction = _h.Attend(CohortId, "A", er[3], "attended");

        Assert.Equal(2, correction.Entry.Revision);
        var instance = _h.Instance(CohortId, "A", "matrix-client");
        Assert.Equal($"instance/{instance.Id}/session-recorded/{er[3].Id}/r2", Assert.Single(correction.Journal).OccurrenceKey);
        using (var db = _h.Database.Open())
        {
            var history = db.Attendance.AsNoTracking()
                .Where(a => a.PlannedSessionId == er[3].Id && a.EnrolmentId == instance.EnrolmentId)
                .OrderBy(a => a.Revision).ToList();
            Assert.Equal(
                [(1, "absent", new DateTime(2027, 1, 31, 20, 0, 0, DateTimeKind.Utc)), (2, "attended", new DateTime(2027, 1, 31, 21, 0, 0, DateTimeKind.Utc))],
                history.Select(a => (a.Revision, a.Status, a.RecordedUtc)));
        }
        Assert.Equal(6, ErAttended("A"));
        Assert.Equal(5, ErAttended("B"));

        // At the end of week 4 the block is decided on the latest revisions: 6 for A, 5 for B.
        _h.SetLocal(new LocalDateTime(2027, 2, 1, 0, 1));
        var report = _h.Engine.Weeks.AdvanceDue();
        var a = _h.Instance(CohortId, "A", "matrix-client");
        var b = _h.Instance(CohortId, "B", "matrix-client");
        Assert.Contains($"{CohortId} week 4: instance {a.Id} early-recovery -> relapse-prevention", report.Transitions);
        Assert.Contains($"{CohortId} week 4: instance {b.Id} early-recovery -> early-recovery", report.Transitions);
        Assert.Equal("relapse-prevention", a.Stage);
        Assert.Equal("early-recovery", b.Stage);
    }

    [Fact]
    public void CorrectingAnAttendanceToAbsentTakesItOutOfTheCount()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4), [Repo.MatrixClient]);
        _h.Enrol(CohortId, "A", 1);
        _h.SetLocal(new LocalDateTime(2027, 1, 31, 12, 0));
        var sessions = _h.AllSessions(CohortId);
        _h.Attend(CohortId, "A", sessions.First(s => s.TrackCode == "IC"));
        var er = sessions.Where(s => s.TrackCode == "ER" && s.Week <= 4).ToList();
        foreach (var session in er.Take(6)) _h.Attend(CohortId, "A", session);
        Assert.Equal(6, ErAttended("A"));

        var correction = _h.Attend(CohortId, "A", er[5], "absent");

        Assert.Equal(2, correction.Entry.Revision);
        Assert.Equal(5, ErAttended("A"));
        _h.SetLocal(new LocalDateTime(2027, 2, 1, 0, 1));
        _h.Engine.Weeks.AdvanceDue();
        var instance = _h.Instance(CohortId, "A", "matrix-client");
        Assert.Equal(("early-recovery", 5), (instance.Stage, instance.StageSinceWeek));
        using var db = _h.Database.Open();
        Assert.Equal(8, db.Attendance.Count());
    }

    private int ErAttended(string client) =>
        _h.Engine.Reports.Status(CohortId).Clients.Single(c => c.ClientId == client).Attended.GetValueOrDefault("ER");
}
