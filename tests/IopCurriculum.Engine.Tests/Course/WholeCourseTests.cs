using System.Text.Json;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Weeks;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Course;

/// <summary>
/// A whole 16-week course with rolling admissions, driven week by week on a fake clock through the
/// same services a program uses: enrolment, attendance, test results and the week boundaries.
/// </summary>
public sealed class WholeCourseTests : IDisposable
{
    private static readonly LocalDate Start = new(2027, 1, 4);
    private const string CohortId = "eastside-2027-01-04";

    // Who joins when. A and B start together; A comes to every Early Recovery group of the block, B to
    // only three of the eight and so repeats it; C and D join later in the open groups.
    private static readonly (string Client, int Week)[] Admissions = [("A", 1), ("B", 1), ("C", 3), ("D", 5)];

    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));
    private readonly CohortCalendar _weeks = new(Start, EngineHarness.LosAngeles, 16);

    public void Dispose() => _h.Dispose();

    [Fact]
    public void SixteenWeeksWithRollingAdmissionsFollowTheWorkflowDefinitions()
    {
        _h.CreateProgram();
        var cohort = _h.CreateCohort(Start);
        Assert.Equal(CohortId, cohort.Id);
        var reports = RunCourse();

        // Every boundary ended by the scheduler, once each, and the report said so each time.
        var journal = _h.Journal();
        var boundaries = journal.Where(j => j.InstanceId is null && j.Trigger == "week-elapsed").ToList();
        Assert.Equal(Enumerable.Range(1, 16).Select(w => $"cohort/{CohortId}/week/{w}"), boundaries.Select(b => b.OccurrenceKey));
        Assert.All(boundaries, b => Assert.Equal("scheduler", b.Actor));
        Assert.Equal("finished", boundaries[^1].ToStage);
        Assert.Equal(Enumerable.Range(1, 16).Select(w => new[] { $"{CohortId}: week {w} ended" }), reports.Select(r => r.CohortWeeks.ToArray()));
        Assert.All(reports, r => Assert.Empty(r.Skipped));
        Assert.Equal(journal.Count, journal.Select(j => j.OccurrenceKey).Distinct(StringComparer.Ordinal).Count());

        // A: intake, orientation and the block in week 1, then the stages at the weeks the definition names.
        Assert.Equal(
        [
            ("enrol", "", "intake-assessment", 1),
            ("session-recorded", "intake-assessment", "orientation", 1),
            ("session-recorded", "orientation", "early-recovery", 1),
            ("week-elapsed", "early-recovery", "relapse-prevention", 4),
            ("week-elapsed", "relapse-prevention", "social-support-linkage", 12),
            ("week-elapsed", "social-support-linkage", "aftercare-plan", 15),
            ("week-elapsed", "aftercare-plan", "completed", 16),
        ], Changes("A", "matrix-client"));
        var a = _h.Instance(CohortId, "A", "matrix-client");
        Assert.Equal("completed", a.Stage);
        Assert.False(a.Active);
        Assert.Equal(16, a.WeeksProcessed);

        // B came to 3 of 8 Early Recovery groups: the block is repeated (a journaled re-entry that books
        // an individual session), and after a full second block B moves on.
        var bChanges = Changes("B", "matrix-client");
        Assert.Equal(
        [
            ("enrol", "", "intake-assessment", 1),
            ("session-recorded", "intake-assessment", "orientation", 1),
            ("session-recorded", "orientation", "early-recovery", 1),
            ("week-elapsed", "early-recovery", "relapse-prevention", 8),
            ("week-elapsed", "relapse-prevention", "social-support-linkage", 12),
            ("week-elapsed", "social-support-linkage", "aftercare-plan", 15),
            ("week-elapsed", "aftercare-plan", "completed", 16),
        ], bChanges);
        var b = _h.Instance(CohortId, "B", "matrix-client");
        // Weeks that change nothing are journaled too (stage unchanged, the unmet condition as reason); the
        // re-entry is the one whose reason is the transition's note.
        var reentry = Assert.Single(_h.Journal(b.Id), j => j.Reason == "fewer than 6 of the block's 8 sessions attended; the block is repeated");
        Assert.Equal(("week-elapsed", "early-recovery", "early-recovery", 4), (reentry.Trigger, reentry.FromStage, reentry.ToStage, reentry.Week));
        Assert.Equal($"instance/{b.Id}/week-elapsed/4", reentry.OccurrenceKey);
        Assert.Contains(_h.Outbox(reentry.Id), o => o.Action == "book-individual-session");
        Assert.Contains(_h.AllSessions(CohortId), s => s.EnrolmentId == b.EnrolmentId && s.Reason == "booked by week-elapsed");

        // C and D joined later; their weeks count from their own start. C joined in week 3, whose Monday
        // (the only day for individual sessions) is closed for Martin Luther King Jr. Day: the first
        // individual session is booked the Monday after, so C leaves intake in week 4.
        Assert.Equal(
        [
            ("enrol", "", "intake-assessment", 3),
            ("session-recorded", "intake-assessment", "orientation", 4),
            ("session-recorded", "orientation", "early-recovery", 4),
            ("week-elapsed", "early-recovery", "relapse-prevention", 7),
            ("week-elapsed", "relapse-prevention", "social-support-linkage", 14),
        ], Changes("C", "matrix-client"));
        var cFirstIndividual = _h.AllSessions(CohortId).First(s => s.EnrolmentId == _h.Enrolment(CohortId, "C").Id);
        Assert.Equal(("IC", 1, 4, "2027-01-25T16:45"), (cFirstIndividual.TrackCode, cFirstIndividual.SessionNumber, cFirstIndividual.Week, cFirstIndividual.LocalStart));
        Assert.Equal(
        [
            ("enrol", "", "intake-assessment", 5),
            ("session-recorded", "intake-assessment", "orientation", 5),
            ("session-recorded", "orientation", "early-recovery", 5),
            ("week-elapsed", "early-recovery", "relapse-prevention", 8),
            ("week-elapsed", "relapse-prevention", "social-support-linkage", 16),
        ], Changes("D", "matrix-client"));

        // Contingency management: each negative test earns one level more, a positive starts again,
        // the cap re-enters itself, and the schedule ends after twelve weeks.
        var cm = _h.Instance(CohortId, "A", "contingency-management");
        var rewards = _h.Journal(cm.Id).Where(j => j.Trigger == "test-result").ToList();
        Assert.Equal(
            ["reward-1", "reward-2", "reward-3", "reward-4", "reward-5", "baseline", "reward-1", "reward-2", "reward-3", "reward-4", "reward-5", "reward-5"],
            rewards.Select(j => j.ToStage));
        Assert.Equal([5, 10, 15, 20, 25, 5, 10, 15, 20, 25, 25], rewards.SelectMany(j => _h.Outbox(j.Id)).Where(o => o.Action == "issue-reward").Select(Amount));
        Assert.Contains(_h.Outbox(rewards[5].Id), o => o.Action == "notify-team");
        var ended = Assert.Single(_h.Journal(cm.Id), j => j.ToStage == "ended");
        Assert.Equal(("week-elapsed", "reward-5", 12), (ended.Trigger, ended.FromStage, ended.Week));
        Assert.False(cm.Active);
        // The run of negatives restarted after the positive in week 6: weeks 7 to 12, when the schedule ended.
        Assert.Equal(6, cm.ConsecutiveNegatives);
    }

    private List<AdvanceReport> RunCourse()
    {
        var reports = new List<AdvanceReport>();
        var enrolments = new Dictionary<string, ClientEnrolment>(StringComparer.Ordinal);
        for (var week = 1; week <= 16; week++)
        {
            _h.SetLocal(_weeks.FirstDayOf(week).At(new LocalTime(8, 0)));
            foreach (var (client, _) in Admissions.Where(x => x.Week == week))
                enrolments[client] = _h.Enrol(CohortId, client, week).Enrolment;

            foreach (var session in _h.Sessions(CohortId, week).Where(s => s.Status != "cancelled"))
            {
                _h.AfterSession(session);
                foreach (var (client, enrolment) in enrolments)
                {
                    if (StatusAt(client, enrolment, session, week) is { } status)
                        _h.Attend(CohortId, client, session, status);
                    if (session.TrackCode == "UA")
                    {
                        var day = Instant.FromDateTimeUtc(session.StartUtc).InZone(EngineHarness.LosAngeles).Date;
                        _h.Result(CohortId, client, day, client == "A" && week == 6 ? "positive" : "negative");
                    }
                }
            }

            _h.SetInstant(_weeks.EndOf(week).Plus(Duration.FromMinutes(1)));
            reports.Add(_h.Engine.Weeks.AdvanceDue());
        }
        return reports;
    }

    /// <summary>What each client does at a session: null where they are not expected.</summary>
    private static string? StatusAt(string client, ClientEnrolment enrolment, PlannedSessionRecord session, int week)
    {
        if (session.EnrolmentId is { } owner) return owner == enrolment.Id ? "attended" : null;
        var clientWeek = week - enrolment.StartWeek + 1;
        return session.TrackCode switch
        {
            "RP" => "attended",
            // B attends the first three groups of the first block (occurrences 1-8 in weeks 1-4), misses
            // the other five, then attends the whole of a second block.
            "ER" when client == "B" && clientWeek <= 4 => session.Occurrence <= 3 ? "attended" : "absent",
            "ER" when client == "B" && clientWeek <= 8 => "attended",
            "ER" when clientWeek <= 4 => "attended",
            _ => null,
        };
    }

    private List<(string Trigger, string From, string To, int Week)> Changes(string client, string workflow)
    {
        var instance = _h.Instance(CohortId, client, workflow);
        return [.. _h.Journal(instance.Id).Where(j => j.FromStage != j.ToStage).Select(j => (j.Trigger, j.FromStage, j.ToStage, j.Week))];
    }

    private static int Amount(OutboxRecord entry)
    {
        using var json = JsonDocument.Parse(entry.Arguments);
        return int.Parse(json.RootElement.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
