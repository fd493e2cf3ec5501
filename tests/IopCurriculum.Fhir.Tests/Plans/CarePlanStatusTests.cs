using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Tests.Support;
using NodaTime;
using static Hl7.Fhir.Model.CarePlan;

namespace IopCurriculum.Fhir.Tests.Plans;

/// <summary>
/// Each client of the course gets the care plan their record says: the plan's status from their
/// workflow stage, and each session's status from attendance, the clock, and the course's end.
/// </summary>
[Collection(SharedCourse.Name)]
public sealed class CarePlanStatusTests(CourseFixture course)
{
    private readonly List<(string Json, Resource Resource)> _end = ExportedFiles.Ndjson(course.End("ndjson"));
    private readonly List<(string Json, Resource Resource)> _mid = ExportedFiles.Ndjson(course.Mid("ndjson"));

    [Fact]
    public void AClientWhoFinishedHasACompletedPlanWithEverySessionCompletedAndAnEncounterForEach()
    {
        var plan = CarePlans.Of(_end, "DONE");
        Assert.Equal(RequestStatus.Completed, plan.Status);
        Assert.Equal(("2027-01-04", "2027-04-25"), (plan.Period!.Start, plan.Period.End));
        Assert.All(CarePlans.Details(plan), d => Assert.Equal(CarePlanActivityStatus.Completed, d.Status));
        // Every group the stages attend, each week: ER in weeks 1-4, RP throughout, FE to week 15, SS from 13, UA weekly, IC 1-3.
        Assert.Equal(["ER", "FE", "IC", "RP", "SS", "UA"], CarePlans.Details(plan).Select(CarePlans.Track).Distinct().Order());
        Assert.Equal(3, CarePlans.Details(plan).Count(d => CarePlans.Track(d) == "IC"));
        Assert.DoesNotContain(CarePlans.Details(plan), d => CarePlans.Track(d) == "ER" && CarePlans.Start(d) >= CarePlans.At(new LocalDateTime(2027, 2, 1, 0, 0)));

        var encounters = _end.Select(r => r.Resource).OfType<Encounter>().Where(e => e.Identifier[0].Value!.StartsWith($"{CourseFixture.CohortId}/DONE/", StringComparison.Ordinal)).ToList();
        Assert.Equal(plan.Activity.Count, encounters.Count);
        Assert.All(plan.Activity, a => Assert.Single(a.OutcomeReference));
    }

    [Fact]
    public void AbsencesAreCancelledWithTheirReasonAndTheClientStillCompletes()
    {
        var plan = CarePlans.Of(_end, "ABS");
        Assert.Equal(RequestStatus.Completed, plan.Status);
        var week2 = (CarePlans.At(new LocalDateTime(2027, 1, 11, 0, 0)), CarePlans.At(new LocalDateTime(2027, 1, 18, 0, 0)));
        var missed = CarePlans.Details(plan).Where(d => CarePlans.Start(d) >= week2.Item1 && CarePlans.Start(d) < week2.Item2
            && CarePlans.Track(d) is "RP" or "UA").ToList();
        Assert.Equal(3, missed.Count);
        Assert.All(missed, d =>
        {
            Assert.Equal(CarePlanActivityStatus.Cancelled, d.Status);
            Assert.Equal("absent", CarePlans.Reason(d));
            Assert.Equal("Client absent", d.StatusReason!.Text);
        });
        var excused = Assert.Single(CarePlans.Details(plan), d => CarePlans.Reason(d) == "excused");
        Assert.Equal("FE", CarePlans.Track(excused));
        // Cancelled sessions have no outcome; every other one was attended.
        Assert.All(plan.Activity.Where(a => a.Detail!.Status == CarePlanActivityStatus.Cancelled), a => Assert.Empty(a.OutcomeReference));
        Assert.Equal(plan.Activity.Count - 4, plan.Activity.Count(a => a.Detail!.Status == CarePlanActivityStatus.Completed));
        // The positive test booked an individual session, which is on the plan as the client's own.
        Assert.Equal(4, CarePlans.Details(plan).Count(d => CarePlans.Track(d) == "IC"));
    }

    [Fact]
    public void ADischargedClientsPlanIsRevokedAndEndsAtTheDischarge()
    {
        var plan = CarePlans.Of(_end, "DIS");
        Assert.Equal(RequestStatus.Revoked, plan.Status);
        Assert.Equal(("2027-01-04", "2027-01-20"), (plan.Period!.Start, plan.Period.End));
        var discharge = CarePlans.At(CourseFixture.Discharge);
        var after = CarePlans.Details(plan).Where(d => CarePlans.Start(d) >= discharge).ToList();
        // No group after the discharge; the client's own later sessions (IC 2 and IC 3) were cancelled by it.
        Assert.Equal(2, after.Count);
        Assert.All(after, d =>
        {
            Assert.Equal("IC", CarePlans.Track(d));
            Assert.Equal(CarePlanActivityStatus.Cancelled, d.Status);
            Assert.Equal("discharged", CarePlans.Reason(d));
        });
        Assert.All(CarePlans.Details(plan).Where(d => CarePlans.Start(d) < discharge), d => Assert.Equal(CarePlanActivityStatus.Completed, d.Status));
        Assert.Contains("ended by discharge", plan.Text!.Div, StringComparison.Ordinal);
    }

    [Fact]
    public void AClientWhoJoinedInWeekSixHasNothingBeforeAndTheRestOfTheCurriculumScheduled()
    {
        var plan = CarePlans.Of(_mid, "LATE");
        var joined = CarePlans.At(new LocalDateTime(2027, 2, 8, 0, 0));
        var now = CarePlans.At(CourseFixture.MidExport);
        Assert.Equal(RequestStatus.Active, plan.Status);
        Assert.Equal(("2027-02-08", "2027-04-25"), (plan.Period!.Start, plan.Period.End));
        var details = CarePlans.Details(plan);
        Assert.All(details, d => Assert.True(CarePlans.Start(d) >= joined));
        Assert.Equal(("IC", CarePlans.At(new LocalDateTime(2027, 2, 8, 16, 45))), (CarePlans.Track(details[0]), CarePlans.Start(details[0])));
        Assert.All(details.Where(d => CarePlans.Start(d) < now), d => Assert.Equal(CarePlanActivityStatus.Completed, d.Status));
        Assert.All(details.Where(d => CarePlans.Start(d) > now), d => Assert.Equal(CarePlanActivityStatus.Scheduled, d.Status));
        // The client's own week 4 (cohort week 9) is the last with Early Recovery; week 13 (cohort week 18) is past the cohort's end.
        var er = details.Where(d => CarePlans.Track(d) == "ER").Select(CarePlans.Start).ToList();
        Assert.Equal(8, er.Count);
        Assert.True(er[^1] < CarePlans.At(new LocalDateTime(2027, 3, 8, 0, 0)));
        Assert.DoesNotContain(details, d => CarePlans.Track(d) == "SS");
        Assert.Equal(2, details.Count(d => CarePlans.Track(d) == "IC"));
    }

    [Fact]
    public void APlanOnHoldShowsTheSessionsHeldAndNoGroupsWhileHeld()
    {
        var plan = CarePlans.Of(_mid, "HOLD");
        var held = CarePlans.At(CourseFixture.Hold);
        Assert.Equal(RequestStatus.OnHold, plan.Status);
        var afterHold = CarePlans.Details(plan).Where(d => CarePlans.Start(d) >= held).ToList();
        Assert.All(afterHold, d =>
        {
            Assert.Equal(CarePlanActivityStatus.OnHold, d.Status);
            Assert.Equal("on-hold", CarePlans.Reason(d));
        });
        // Weeks 5 to 8 were lived on hold: only the client's own IC 2 is there; from week 9 the curriculum's plan waits.
        var runningWeekEnd = CarePlans.At(new LocalDateTime(2027, 3, 1, 0, 0));
        Assert.Equal(["IC"], afterHold.Where(d => CarePlans.Start(d) < runningWeekEnd).Select(CarePlans.Track));
        Assert.Contains(afterHold, d => CarePlans.Start(d) >= runningWeekEnd && CarePlans.Track(d) == "RP");
    }
}
