using IopCurriculum.Engine.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

namespace IopCurriculum.Engine.Tests.Course;

public sealed class Scratch(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        h.CreateProgram();
        var cohort = h.CreateCohort(new LocalDate(2027, 1, 4));
        h.SetLocal(new LocalDateTime(2027, 1, 4, 8, 0));
        var r = h.Enrol(cohort.Id, "A", 1);
        foreach (var s in r.Booked) output.WriteLine($"{s.Id} w{s.Week} {s.TrackCode} {s.SessionNumber} {s.LocalStart} {s.Status} {s.Reason}");
        foreach (var u in r.Unbooked) output.WriteLine(u);
        foreach (var j in h.Journal()) output.WriteLine($"{j.Id} {j.OccurrenceKey} {j.Trigger} {j.FromStage} -> {j.ToStage} w{j.Week} {j.Reason}");
    }
}
