using System.Diagnostics;
using IopCurriculum.Engine.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

namespace IopCurriculum.Engine.Tests.Course;

public sealed class ZzScratch(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var sw = Stopwatch.StartNew();
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        output.WriteLine($"db {sw.ElapsedMilliseconds}"); sw.Restart();
        h.CreateProgram();
        output.WriteLine($"program {sw.ElapsedMilliseconds}"); sw.Restart();
        var cohort = h.CreateCohort(new LocalDate(2027, 1, 4));
        output.WriteLine($"cohort {sw.ElapsedMilliseconds}"); sw.Restart();
        h.SetLocal(new LocalDateTime(2027, 1, 4, 8, 0));
        h.Enrol(cohort.Id, "A", 1);
        output.WriteLine($"enrol {sw.ElapsedMilliseconds}"); sw.Restart();
        h.Enrol(cohort.Id, "B", 1);
        output.WriteLine($"enrol2 {sw.ElapsedMilliseconds}"); sw.Restart();
        var sessions = h.Sessions(cohort.Id, 1);
        output.WriteLine($"sessions {sw.ElapsedMilliseconds}"); sw.Restart();
        foreach (var s in sessions.Where(s => s.EnrolmentId is null))
        {
            h.AfterSession(s);
            h.Attend(cohort.Id, "A", s);
            output.WriteLine($"attend {s.TrackCode} {sw.ElapsedMilliseconds}"); sw.Restart();
        }
        h.SetInstant(Instant.FromDateTimeOffset(h.Clock.GetUtcNow()).Plus(Duration.FromDays(3)));
        h.Engine.Weeks.AdvanceDue();
        output.WriteLine($"advance {sw.ElapsedMilliseconds}"); sw.Restart();
    }
}
