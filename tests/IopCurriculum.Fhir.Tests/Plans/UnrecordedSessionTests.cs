using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Tests.Support;
using NodaTime;
using static Hl7.Fhir.Model.CarePlan;

namespace IopCurriculum.Fhir.Tests.Plans;

/// <summary>A session that is over with nothing recorded is not-started with a reason, never "unknown"; one still to come is scheduled.</summary>
public sealed class UnrecordedSessionTests : IDisposable
{
    private readonly FhirHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));

    public void Dispose() => _h.Dispose();

    [Fact]
    public void SessionsOverButNotRecordedAreNotStartedAndLaterOnesScheduled()
    {
        _h.CreateProgram();
        _h.CreateCohort(CourseFixture.Start);
        _h.SetLocal(new LocalDateTime(2027, 1, 4, 8, 0));
        _h.Enrol(CourseFixture.CohortId, "C-1", 1);
        var now = new LocalDateTime(2027, 1, 6, 12, 0);
        _h.SetLocal(now);

        var plan = new ExportFeed(_h.Engine.Snapshots, _h.Clock, new ExportSettings())
            .Entries([CourseFixture.CohortId], ExportLayout.Ndjson)
            .Select(e => e.Resource).OfType<CarePlan>().Single();

        var details = CarePlans.Details(plan);
        var past = details.Where(d => CarePlans.Start(d) < CarePlans.At(now)).ToList();
        Assert.NotEmpty(past);
        Assert.All(past, d =>
        {
            Assert.Equal(CarePlanActivityStatus.NotStarted, d.Status);
            Assert.Equal("not-recorded", CarePlans.Reason(d));
        });
        Assert.All(details.Except(past), d => Assert.Equal(CarePlanActivityStatus.Scheduled, d.Status));
        Assert.DoesNotContain(details, d => d.Status == CarePlanActivityStatus.Unknown);
        Assert.All(plan.Activity, a => Assert.Empty(a.OutcomeReference));
    }
}
