using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

public class BookIndividualTests
{
    private static readonly LocalDate Monday4Jan = new(2027, 1, 4);
    private static readonly LocalDate Wednesday6Jan = new(2027, 1, 6);

    // Week 2 of a plan from Monday 4 January runs Monday 11 to Sunday 17 January.
    private static readonly LocalDate Monday11Jan = new(2027, 1, 11);
    private static readonly LocalDate Tuesday12Jan = new(2027, 1, 12);
    private static readonly LocalDate Thursday14Jan = new(2027, 1, 14);

    private static Curriculum WithIndividual(params IsoDayOfWeek[] days) =>
        Curriculum().Weeks(16)
            .With(Track("IC").Weeks(1, 16).On(days).StartsAt(16, 45).Minutes(50).AsNeeded().SessionInWeek(1, 1).SessionInWeek(2, 8).SessionCount(3))
            .With(Track("RP").Weeks(1, 16).On(Monday, Friday))
            .Build();

    private static Track IC(Curriculum curriculum) => curriculum.FindTrack(new TrackCode("IC"))!;

    private static PlannedSession? Book(
        Curriculum curriculum, LocalDate notBefore, int week = 2, ProgramCalendar? calendar = null, LocalDate? start = null, int? session = 2) =>
        WeekPlanner.BookIndividual(
            curriculum,
            calendar ?? TestCalendars.InLosAngeles(),
            start ?? Monday4Jan,
            week,
            IC(curriculum),
            session is { } n ? IC(curriculum).FindSession(n) : null,
            occurrence: 2,
            notBefore);

    [Fact]
    public void ASessionGoesOnTheTracksEarliestDayOfTheWeekAtItsStartTime()
    {
        var booked = Book(WithIndividual(Tuesday, Thursday), notBefore: Monday11Jan);

        Assert.NotNull(booked);
        Assert.Equal(Tuesday12Jan, booked.Date);
        Assert.Equal(new LocalTime(16, 45), booked.StartTime);
        Assert.Equal(Instant.FromUtc(2027, 1, 13, 0, 45), booked.StartInstant);
        Assert.Equal("IC 2", booked.Label);
        Assert.Equal(50, booked.Minutes);
        Assert.Equal((2, 2, 1, 2), (booked.Week, booked.BlockWeek, booked.Cycle, booked.Occurrence));
        Assert.Equal(PlannedStatus.Scheduled, booked.Status);
        Assert.Null(booked.Note);
        Assert.Null(booked.OriginalDate);
    }

    [Fact]
    public void ADayBeforeNotBeforeIsPassedOver()
    {
        var curriculum = WithIndividual(Tuesday, Thursday);

        Assert.Equal(Tuesday12Jan, Book(curriculum, notBefore: Tuesday12Jan)!.Date);
        Assert.Equal(Thursday14Jan, Book(curriculum, notBefore: new LocalDate(2027, 1, 13))!.Date);
        Assert.Equal(Thursday14Jan, Book(curriculum, notBefore: Thursday14Jan)!.Date);
    }

    [Fact]
    public void NoDayLeftInTheWeekGivesNothing()
    {
        var curriculum = WithIndividual(Tuesday, Thursday);

        Assert.Null(Book(curriculum, notBefore: new LocalDate(2027, 1, 15)));
        Assert.Null(Book(curriculum, notBefore: new LocalDate(2027, 2, 1)));
    }

    [Fact]
    public void AClosedDayIsPassedOverNotShifted()
    {
        var calendar = TestCalendars.InLosAngeles(new Closure(Tuesday12Jan, "Staff training"));

        var booked = Book(WithIndividual(Tuesday, Thursday), notBefore: Monday11Jan, calendar: calendar);

        Assert.Equal(Thursday14Jan, booked!.Date);
        Assert.Equal(PlannedStatus.Scheduled, booked.Status);
        Assert.Null(booked.OriginalDate);
        Assert.Null(booked.Note);
    }

    [Fact]
    public void WhenEveryDayLeftIsClosedThereIsNoBooking()
    {
        var calendar = TestCalendars.InLosAngeles(new Closure(Thursday14Jan, "Staff training"));

        Assert.Null(Book(WithIndividual(Tuesday, Thursday), notBefore: new LocalDate(2027, 1, 13), calendar: calendar));
    }

    [Fact]
    public void ADayTheProgramIsNotOpenIsPassedOver()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles) { OpenDays = [Monday, Wednesday, Thursday, Friday] };

        Assert.Equal(Thursday14Jan, Book(WithIndividual(Tuesday, Thursday), notBefore: Monday11Jan, calendar: calendar)!.Date);
    }

    [Fact]
    public void TheCalendarTimetableSetsTheDaysTimeAndRoom()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles)
        {
            Tracks = new Dictionary<TrackCode, TrackTimetable>
            {
                [new TrackCode("IC")] = new() { Days = [Thursday, Wednesday], Start = new LocalTime(10, 0), Room = "Office 2" },
            },
        };

        var booked = Book(WithIndividual(Tuesday, Thursday), notBefore: Monday11Jan, calendar: calendar);

        Assert.Equal(new LocalDate(2027, 1, 13), booked!.Date);
        Assert.Equal(new LocalTime(10, 0), booked.StartTime);
        Assert.Equal("Office 2", booked.Room);
    }

    [Fact]
    public void AWeekStartingMidWeekRunsFromItsFirstDay()
    {
        // Weeks run Wednesday to Tuesday: in week 1 Thursday comes before Monday.
        var curriculum = WithIndividual(Monday, Thursday);

        Assert.Equal(new LocalDate(2027, 1, 7), Book(curriculum, notBefore: Wednesday6Jan, week: 1, start: Wednesday6Jan)!.Date);
        Assert.Equal(new LocalDate(2027, 1, 11), Book(curriculum, notBefore: new LocalDate(2027, 1, 8), week: 1, start: Wednesday6Jan)!.Date);
    }

    [Fact]
    public void ASessionInTheSpringForwardGapKeepsItsNote()
    {
        var curriculum = Curriculum().Weeks(1).With(Track("IC").On(Sunday).StartsAt(2, 30).Minutes(50).AsNeeded().SessionCount(1)).Build();

        var sundays = new ProgramCalendar(TestCalendars.LosAngeles) { OpenDays = [Sunday] };

        var booked = WeekPlanner.BookIndividual(
            curriculum, sundays, new LocalDate(2027, 3, 8), 1, IC(curriculum), null, 1, new LocalDate(2027, 3, 8));

        Assert.Equal(new LocalDate(2027, 3, 14), booked!.Date);
        Assert.Equal(new LocalTime(3, 30), booked.StartTime);
        Assert.Equal("02:30 does not exist on 14 Mar (clocks go forward); starts 03:30", booked.Note);
        Assert.Equal(PlannedStatus.Scheduled, booked.Status);
    }

    [Fact]
    public void AWeekPastTheCurriculumCanBeBookedForAClientOfAnOpenGroup()
    {
        var booked = Book(WithIndividual(Tuesday, Thursday), notBefore: Monday4Jan, week: 20);

        Assert.Equal(new LocalDate(2027, 5, 18), booked!.Date);
        Assert.Equal((20, 20, 1), (booked.Week, booked.BlockWeek, booked.Cycle));
    }

    [Fact]
    public void WithoutASessionTheCounselorPicksTheTopicForTheTracksUsualLength()
    {
        var booked = Book(WithIndividual(Tuesday), notBefore: Monday11Jan, session: null);

        Assert.Null(booked!.Session);
        Assert.Equal("IC (topic)", booked.Label);
        Assert.Equal(50, booked.Minutes);
    }

    [Fact]
    public void ABookingOutsideTheClientsCountHasOccurrenceZero()
    {
        var curriculum = WithIndividual(Tuesday);

        var booked = WeekPlanner.BookIndividual(curriculum, TestCalendars.InLosAngeles(), Monday4Jan, 2, IC(curriculum), null, 0, Monday11Jan);

        Assert.Equal(0, booked!.Occurrence);
        Assert.Equal(Tuesday12Jan, booked.Date);
    }

    [Fact]
    public void AnotherCurriculumsTrackIsRefused()
    {
        var curriculum = WithIndividual(Tuesday);
        var stranger = Curriculum().With(Track("XX")).Build().Tracks[0];

        var error = Assert.Throws<ArgumentException>(() => WeekPlanner.BookIndividual(
            curriculum, TestCalendars.InLosAngeles(), Monday4Jan, 1, stranger, null, 1, Monday4Jan));

        Assert.Equal("track", error.ParamName);
    }

    [Fact]
    public void AnotherTracksSessionIsRefused()
    {
        var curriculum = WithIndividual(Tuesday);
        var rp1 = curriculum.FindSession(new SessionCode(new TrackCode("RP"), 1));

        var error = Assert.Throws<ArgumentException>(() => WeekPlanner.BookIndividual(
            curriculum, TestCalendars.InLosAngeles(), Monday4Jan, 1, IC(curriculum), rp1, 1, Monday4Jan));

        Assert.Equal("session", error.ParamName);
    }

    [Theory]
    [InlineData(0, 1, "week")]
    [InlineData(1, -1, "occurrence")]
    public void AWeekBelowOneOrANegativeOccurrenceIsRefused(int week, int occurrence, string parameter)
    {
        var curriculum = WithIndividual(Tuesday);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WeekPlanner.BookIndividual(
            curriculum, TestCalendars.InLosAngeles(), Monday4Jan, week, IC(curriculum), null, occurrence, Monday4Jan));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void ATimetableThatDoesNotFitTheTrackIsRefused()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles)
        {
            Tracks = new Dictionary<TrackCode, TrackTimetable> { [new TrackCode("IC")] = new() { Days = [Monday, Monday] } },
        };

        var error = Assert.Throws<PlanningException>(() => Book(WithIndividual(Tuesday), notBefore: Monday4Jan, calendar: calendar));

        Assert.Equal(["track IC: a day is listed twice"], error.Problems);
    }
}
