using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Curricula;
using NodaTime;
using Xunit;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>The shipped Matrix Model curriculum against the program facts it follows (SAMHSA SMA 06-4152).</summary>
public class MatrixModelCurriculumTests
{
    private static readonly Lazy<Curriculum> Loaded = new(() => CurriculumLoader.Load(RepositoryPaths.Curriculum("matrix-16-week")).Value);

    private static readonly string[] RelapsePreventionConfirmedTitles =
    [
        "Alcohol: The Legal Drug", "Boredom", "Avoiding Relapse Drift", "Work and Recovery", "Guilt and Shame",
        "Staying Busy", "Motivation for Recovery", "Truthfulness", "Total Abstinence", "Sex and Recovery",
        "Relapse Prevention", "Trust", "Be Smart, Not Strong",
    ];

    private static readonly string[] FamilyEducationConfirmedTitles =
    [
        "Triggers and Cravings", "AA/Matrix Panel", "Road Map for Recovery", "Avoiding/Coping with Relapse",
        "Families in Recovery", "Living with an Addiction",
    ];

    private static readonly string[] SocialSupportTopics =
    [
        "Aging", "Anger", "Codependence", "Commitment", "Compulsions", "Control", "Cravings", "Depression", "Emotions",
        "Fear", "Friendship", "Fun", "Grief", "Guilt", "Happiness", "Honesty", "Intimacy", "Isolation", "Justifications",
        "Masks", "Overwhelmed", "Patience", "Physical", "Recovery", "Rejection", "Relaxation", "Rules", "Scheduling",
        "Selfishness", "Sex", "Smart", "Spirituality", "Thought stopping", "Triggers", "Trust", "Work",
    ];

    private static Curriculum Matrix => Loaded.Value;

    private static Track TrackOf(string code) => Matrix.FindTrack(new TrackCode(code)) ?? throw new InvalidOperationException($"no track {code}");

    /// <summary>Session titles the facts confirm, by session code.</summary>
    private static Dictionary<string, string> ConfirmedTitles()
    {
        var confirmed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ER 1"] = "Stop the Cycle",
            ["ER 7"] = "Thinking, Feeling, and Doing",
            ["IC 1"] = "Orientation",
        };
        for (var i = 0; i < RelapsePreventionConfirmedTitles.Length; i++) confirmed[$"RP {i + 1}"] = RelapsePreventionConfirmedTitles[i];
        for (var i = 0; i < FamilyEducationConfirmedTitles.Length; i++) confirmed[$"FE {i + 1}"] = FamilyEducationConfirmedTitles[i];
        for (var i = 0; i < SocialSupportTopics.Length; i++) confirmed[$"SS {i + 1}"] = SocialSupportTopics[i];
        return confirmed;
    }

    [Fact]
    public void CurriculumIsSixteenWeeksFromTheSamhsaManual()
    {
        Assert.Equal(16, Matrix.Weeks);
        Assert.Contains("(SMA) 06-4152", Matrix.Source, StringComparison.Ordinal);
        Assert.Equal(["IC", "ER", "RP", "FE", "SS", "UA"], Matrix.Tracks.Select(t => t.Code.Value));
    }

    [Fact]
    public void EarlyRecoveryHasEightSessionsInWeeksOneToFourOnMondayAndFriday()
    {
        var er = TrackOf("ER");
        Assert.Equal(new WeekRange(1, 4), er.Schedule.Weeks);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Friday], er.Schedule.Days);
        Assert.Equal(2, er.Schedule.PerWeek);
        Assert.Equal(Cadence.Weekly, er.Schedule.Cadence);
        Assert.Equal(SequenceKind.Fixed, er.Sequence);
        Assert.Equal(8, er.Sessions.Count);
        Assert.InRange(er.Minutes, 50, 60);
        Assert.Equal(TrackKind.Group, er.Kind);
        Assert.True(er.Profile.Capacity is { Max: <= 12 }, "ER groups are small");
    }

    [Fact]
    public void EarlyRecoveryEndsBeforeRelapsePreventionStarts()
    {
        var er = TrackOf("ER");
        var rp = TrackOf("RP");
        Assert.True(er.Schedule.SuggestedStart.PlusMinutes(er.Minutes) <= rp.Schedule.SuggestedStart);
    }

    [Fact]
    public void EarlyRecoveryConfirmedTitles()
    {
        var er = TrackOf("ER");
        Assert.Equal("Stop the Cycle", er.Sessions[0].Title);
        Assert.Equal(Provenance.Manual, er.Sessions[0].Provenance);
        Assert.Equal("Thinking, Feeling, and Doing", er.Sessions[6].Title);
        Assert.Equal(Provenance.Manual, er.Sessions[6].Provenance);
        Assert.All(er.Sessions.Where(s => s.Number is not (1 or 7)), s => Assert.Equal(Provenance.Unverified, s.Provenance));
    }

    [Fact]
    public void EveryEarlyRecoverySessionListsTheSchedulingHandouts()
    {
        var er = TrackOf("ER");
        var scheduling = er.Handouts
            .Where(h => h.Title.Contains("Schedule", StringComparison.OrdinalIgnoreCase) || h.Title.Contains("Calendar", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Code)
            .ToList();

        Assert.Equal([new HandoutCode("ER S1"), new HandoutCode("ER S2")], scheduling);
        Assert.All(er.Sessions, s => Assert.Superset(scheduling.ToHashSet(), s.Content.Handouts.ToHashSet()));
    }

    [Fact]
    public void RelapsePreventionHasThirtyTwoNinetyMinuteSessionsOnMondayAndFriday()
    {
        var rp = TrackOf("RP");
        Assert.Equal(new WeekRange(1, 16), rp.Schedule.Weeks);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Friday], rp.Schedule.Days);
        Assert.Equal(2, rp.Schedule.PerWeek);
        Assert.Equal(SequenceKind.Fixed, rp.Sequence);
        Assert.Equal(32, rp.Sessions.Count);
        Assert.Equal(90, rp.Minutes);
        Assert.All(rp.Sessions, s => Assert.Equal(90, s.Minutes));
        Assert.Equal(new Capacity(8, 12), rp.Profile.Capacity);
        Assert.Equal(Enrolment.Open, rp.Profile.Enrolment);
        Assert.Equal(32, rp.Schedule.SlotCount);
    }

    [Fact]
    public void RelapsePreventionSessionsOneToThirteenHaveTheManualsTitles()
    {
        var rp = TrackOf("RP");
        Assert.Equal(RelapsePreventionConfirmedTitles, rp.Sessions.Take(13).Select(s => s.Title));
        Assert.All(rp.Sessions.Take(13), s => Assert.Equal(Provenance.Manual, s.Provenance));
        Assert.All(rp.Sessions.Skip(13), s => Assert.NotEqual(Provenance.Manual, s.Provenance));
    }

    [Fact]
    public void RelapsePreventionFollowsTheNinetyMinuteFormat()
    {
        Assert.All(TrackOf("RP").Sessions, session =>
        {
            var blocks = session.Format;
            Assert.StartsWith("Check-in", blocks[0].Name, StringComparison.Ordinal);
            Assert.Equal(90, blocks.Sum(b => b.Minutes));

            // The topic is presented and discussed for about 45 minutes within the first hour.
            var start = 0;
            var topicEnds = -1;
            var lastHalfHour = new List<FormatBlock>();
            foreach (var block in blocks)
            {
                if (block.Name.StartsWith("Topic", StringComparison.Ordinal))
                {
                    Assert.Equal(45, block.Minutes);
                    topicEnds = start + block.Minutes;
                }
                if (start >= 60) lastHalfHour.Add(block);
                start += block.Minutes;
            }
            Assert.InRange(topicEnds, 45, 60);

            // The final 30 minutes are open discussion and the closing.
            Assert.Equal(30, lastHalfHour.Sum(b => b.Minutes));
            Assert.Contains(lastHalfHour, b => b.Name.StartsWith("Open discussion", StringComparison.Ordinal));
            Assert.Equal("Closing", blocks[^1].Name);
        });
    }

    [Fact]
    public void FamilyEducationHasTwelveWeeklySessionsOnWednesday()
    {
        var fe = TrackOf("FE");
        Assert.Equal(new WeekRange(1, 12), fe.Schedule.Weeks);
        Assert.Equal([IsoDayOfWeek.Wednesday], fe.Schedule.Days);
        Assert.Equal(1, fe.Schedule.PerWeek);
        Assert.Equal(SequenceKind.Fixed, fe.Sequence);
        Assert.Equal(12, fe.Sessions.Count);
        Assert.Equal(90, fe.Minutes);
        Assert.Equal(FamilyEducationConfirmedTitles, fe.Sessions.Take(6).Select(s => s.Title));
        Assert.All(fe.Sessions.Take(6), s => Assert.Equal(Provenance.Manual, s.Provenance));
        Assert.All(fe.Sessions.Skip(6), s => Assert.NotEqual(Provenance.Manual, s.Provenance));
    }

    [Fact]
    public void SocialSupportIsATopicListFromWeekThirteenThatContinuesAfterTheProgram()
    {
        var ss = TrackOf("SS");
        Assert.Equal(13, ss.Schedule.Weeks.First);
        Assert.Equal(Matrix.Weeks, ss.Schedule.Weeks.Last);
        Assert.True(ss.Schedule.ContinuesAfterProgram);
        Assert.Equal(SequenceKind.TopicList, ss.Sequence);
        Assert.Equal(1, ss.Schedule.PerWeek);
        Assert.Equal(36, ss.Sessions.Count);
        Assert.Equal(SocialSupportTopics, ss.Sessions.Select(s => s.Title), StringComparer.OrdinalIgnoreCase);
        Assert.All(Matrix.Tracks.Where(t => t.Code.Value != "SS"), t => Assert.False(t.Schedule.ContinuesAfterProgram, t.Code.Value));
    }

    [Fact]
    public void IndividualSessionsAreAsNeededWithOrientationInWeekOne()
    {
        var ic = TrackOf("IC");
        Assert.Equal(TrackKind.Individual, ic.Kind);
        Assert.Equal(Cadence.AsNeeded, ic.Schedule.Cadence);
        var orientation = ic.Sessions[0];
        Assert.Equal("IC 1", orientation.Code.ToString());
        Assert.Equal("Orientation", orientation.Title);
        Assert.Equal(Provenance.Manual, orientation.Provenance);
        Assert.Equal(1, orientation.Content.Week);
        Assert.Equal([orientation], ic.SessionsInWeek(1));

        var weekOne = Matrix.Week(1).Single(w => w.Track.Code == ic.Code);
        Assert.Contains(orientation, weekOne.Sessions);
    }

    [Fact]
    public void TestingIsWeeklyOnOneDrawnDay()
    {
        var ua = TrackOf("UA");
        Assert.Equal(TrackKind.Testing, ua.Kind);
        Assert.Equal(new WeekRange(1, 16), ua.Schedule.Weeks);
        Assert.Equal(Cadence.Weekly, ua.Schedule.Cadence);
        Assert.Equal(1, ua.Schedule.PerWeek);
        Assert.True(ua.Schedule.Days.Count > 1, "a random day needs more than one day to draw from");
        Assert.True(ua.Schedule.DrawsDays);
        Assert.Equal(SequenceKind.Repeat, ua.Sequence);
        var test = Assert.Single(ua.Sessions);
        for (var week = 1; week <= Matrix.Weeks; week++)
            Assert.Equal([test], ua.SessionsInWeek(week));
    }

    [Fact]
    public void TypicalWeekMatchesTheModel()
    {
        static string GroupsOn(Curriculum curriculum, int week, IsoDayOfWeek day) => string.Join("+",
            curriculum.Week(week)
                .Where(w => w.Track.Kind == TrackKind.Group && w.Track.Schedule.Days.Contains(day))
                .OrderBy(w => w.Track.Schedule.SuggestedStart)
                .Select(w => w.Track.Code.Value));

        for (var week = 1; week <= 16; week++)
        {
            var (monday, wednesday, friday) = week switch
            {
                <= 4 => ("ER+RP", "FE", "ER+RP"),
                <= 12 => ("RP", "FE", "RP"),
                _ => ("RP", "SS", "RP"),
            };
            Assert.Equal(monday, GroupsOn(Matrix, week, IsoDayOfWeek.Monday));
            Assert.Equal(wednesday, GroupsOn(Matrix, week, IsoDayOfWeek.Wednesday));
            Assert.Equal(friday, GroupsOn(Matrix, week, IsoDayOfWeek.Friday));
            Assert.Equal("", GroupsOn(Matrix, week, IsoDayOfWeek.Tuesday));
            Assert.Equal("", GroupsOn(Matrix, week, IsoDayOfWeek.Thursday));
        }
    }

    [Fact]
    public void OnlyConfirmedTitlesAreMarkedAsTheManuals()
    {
        var confirmed = ConfirmedTitles();

        Assert.All(Matrix.Sessions.Where(s => s.Provenance == Provenance.Manual), session =>
        {
            Assert.True(confirmed.TryGetValue(session.Code.ToString(), out var title), $"{session.Code} '{session.Title}' is marked manual but not confirmed");
            Assert.Equal(title, session.Title, ignoreCase: true);
        });
    }

    [Fact]
    public void EveryUnconfirmedManualTitleIsMarkedUnverified()
    {
        // Titles the facts list as uncertain: ER 2-6 and 8, RP 14 onwards where the title is the manual's guess.
        var er = TrackOf("ER");
        Assert.All(er.Sessions.Where(s => s.Number is not (1 or 7)), s =>
        {
            Assert.Equal(Provenance.Unverified, s.Provenance);
            Assert.False(string.IsNullOrWhiteSpace(s.Content.ProvenanceNote), $"{s.Code} has no provenance_note");
        });
        Assert.All(TrackOf("RP").Sessions.Skip(13), s =>
            Assert.True(s.Provenance is Provenance.Unverified or Provenance.Adapted, $"{s.Code} is {s.Provenance}"));
        Assert.Contains(TrackOf("RP").Sessions.Skip(13), s => s.Provenance == Provenance.Unverified);
    }

    [Fact]
    public void HandoutsMarkedAsTheManualsCarryAConfirmedSessionTitle()
    {
        var confirmed = ConfirmedTitles();
        var manual = Matrix.Tracks.SelectMany(t => t.Handouts.Where(h => h.Provenance == Provenance.Manual).Select(h => (Track: t, Handout: h))).ToList();

        Assert.NotEmpty(manual);
        Assert.All(manual, item =>
        {
            var titles = confirmed.Where(c => c.Key.StartsWith(item.Track.Code.Value + " ", StringComparison.Ordinal)).Select(c => c.Value);
            Assert.Contains(item.Handout.Title, titles);
        });
    }

    [Fact]
    public void EverySessionFormatAddsUpToItsMinutes() =>
        Assert.All(Matrix.Sessions, s => Assert.Equal(s.Minutes, s.Format.Sum(b => b.Minutes)));

    [Fact]
    public void EveryHandoutASessionNamesIsDefined() =>
        Assert.All(Matrix.Sessions.SelectMany(s => s.Content.Handouts), h => Assert.NotNull(Matrix.FindHandout(h)));
}
