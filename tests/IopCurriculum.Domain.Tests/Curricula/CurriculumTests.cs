using IopCurriculum.Domain.Curricula;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Curricula;

public class CurriculumTests
{
    [Fact]
    public void AValidCurriculumFindsItsTracksSessionsAndHandouts()
    {
        var curriculum = Curriculum().Weeks(4)
            .With(Track("RP").Weeks(1, 4).On(Monday, Friday).Handout("RP 1A").SessionHandout(1, "RP 1A"))
            .With(Track("FE").Weeks(1, 2).On(Wednesday).SessionHandout(2, "RP 1A"))
            .Build();

        Assert.Equal(2, curriculum.Tracks.Count);
        Assert.Equal(10, curriculum.Sessions.Count());
        Assert.Equal("Handout RP 1A", curriculum.FindHandout(new HandoutCode("RP 1A"))!.Title);
        Assert.Equal("FE 2", curriculum.FindSession(new SessionCode(new TrackCode("FE"), 2))!.Code.ToString());
        Assert.Null(curriculum.FindSession(new SessionCode(new TrackCode("FE"), 3)));
        Assert.Null(curriculum.FindTrack(new TrackCode("SS")));
        Assert.Equal("test-curriculum 1.0.0", curriculum.ToString());
    }

    [Fact]
    public void TrackWeeksMustLieInsideTheCurriculum()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            Curriculum().Weeks(16).With(Track("RP").Weeks(1, 20)).Build());

        Assert.Equal("track RP runs in weeks 1-20, outside the curriculum's weeks 1-16", error.Message);
    }

    [Fact]
    public void TrackCodesMustBeUnique()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            Curriculum().With(Track("RP")).With(Track("ER")).With(Track("RP")).Build());

        Assert.Equal("duplicate track code 'RP'", error.Message);
    }

    [Fact]
    public void HandoutCodesMustBeUniqueAcrossTracks()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            Curriculum().With(Track("RP").Handout("X 1")).With(Track("ER").Handout("X 1")).Build());

        Assert.Equal("duplicate handout code 'X 1'", error.Message);
    }

    [Fact]
    public void AHandoutReferenceMustResolve()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            Curriculum().With(Track("RP").Handout("RP 1A").SessionHandout(1, "RP 9Z")).Build());

        Assert.Equal("session RP 1 refers to handout 'RP 9Z', which no track defines", error.Message);
    }

    [Fact]
    public void AHandoutOfAnotherTrackResolves()
    {
        var curriculum = Curriculum()
            .With(Track("ER").Handout("ER 1A"))
            .With(Track("RP").SessionHandout(1, "ER 1A"))
            .Build();

        Assert.Equal([new HandoutCode("ER 1A")], curriculum.FindTrack(new TrackCode("RP"))!.Sessions[0].Content.Handouts);
    }

    [Fact]
    public void ACurriculumNeedsATrack()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Curriculum().Build());

        Assert.Equal("a curriculum needs at least one track", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(105)]
    public void CurriculumWeeksMustBeOneTo104(int weeks)
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Curriculum().Weeks(weeks).With(Track("RP")).Build());

        Assert.Equal($"a curriculum lasts 1 to 104 weeks, not {weeks}", error.Message);
    }

    [Theory]
    [InlineData("1.2.0", true)]
    [InlineData("2", true)]
    [InlineData("1.2.0-beta", false)]
    [InlineData("v1", false)]
    [InlineData("", false)]
    public void VersionMustBeDottedNumbers(string version, bool valid)
    {
        var tracks = new[] { Track("RP").Build() };

        var build = () => new Curriculum(new CurriculumId("test"), version, "Test", 4, tracks);

        if (valid)
        {
            Assert.Equal(version, build().Version);
        }
        else
        {
            var error = Assert.Throws<CurriculumRuleException>(build);
            Assert.Contains("is not a valid version", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WeekListsTheTracksMeetingThenWithTheirSessions()
    {
        var curriculum = Curriculum().Weeks(4)
            .With(Track("ER").Weeks(1, 2).On(Monday, Friday))
            .With(Track("RP").Weeks(1, 4).On(Monday, Friday))
            .With(Track("SS").Weeks(3, 4).On(Wednesday).Sequence(SequenceKind.TopicList).SessionCount(6))
            .Build();

        var week3 = curriculum.Week(3);

        Assert.Equal(["RP", "SS"], week3.Select(w => w.Track.Code.Value));
        Assert.Equal(["RP 5", "RP 6"], week3[0].Sessions.Select(s => s.Code.ToString()));
        Assert.Equal(6, week3[1].Sessions.Count);
        Assert.Equal(["ER", "RP"], curriculum.Week(1).Select(w => w.Track.Code.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void WeekOutsideTheCurriculumThrows(int week)
    {
        var curriculum = Curriculum().Weeks(4).With(Track("RP")).Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => curriculum.Week(week));
    }
}
