using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

/// <summary>The dates, closure and small curricula the week planner's tests share.</summary>
internal static class PlannerSamples
{
    public static readonly LocalDate Monday4Jan = new(2027, 1, 4);
    public static readonly LocalDate Wednesday6Jan = new(2027, 1, 6);
    public static readonly Closure MlkDay = new(new LocalDate(2027, 1, 18), "Martin Luther King Jr. Day");

    public static Curriculum MondayFriday(int weeks) =>
        Curriculum().Weeks(weeks).With(Track("RP").Weeks(1, weeks).On(Monday, Friday)).Build();

    public static Curriculum Testing(int weeks) =>
        Curriculum().Weeks(weeks)
            .With(Track("UA").Weeks(1, weeks).On(Monday, Wednesday, Friday).PerWeek(1).Sequence(SequenceKind.Repeat).Minutes(15))
            .Build();

    public static LocalDate[] Dates(SessionPlan plan, string track = "RP") =>
        [.. plan.Sessions.Where(s => s.Track.Code.Value == track).Select(s => s.Date)];
}
