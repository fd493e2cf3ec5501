using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Curricula;
using Xunit;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>Every curriculum and calendar in the repository's curricula/ folder loads cleanly.</summary>
public class ShippedCurriculaTests
{
    public static TheoryData<string> Curricula()
    {
        var data = new TheoryData<string>();
        foreach (var name in RepositoryPaths.ShippedCurricula()) data.Add(name);
        return data;
    }

    public static TheoryData<string, string> Calendars()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in RepositoryPaths.ShippedCurricula())
        {
            var folder = Path.Combine(RepositoryPaths.Curriculum(name), "calendars");
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
                data.Add(name, Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void TheKnownCurriculaAndCalendarsAreFound()
    {
        Assert.Contains("matrix-16-week", RepositoryPaths.ShippedCurricula());
        Assert.Contains("mh-iop-8-week", RepositoryPaths.ShippedCurricula());
        var calendars = Calendars().Select(row => $"{row[0]}/{row[1]}").ToList();
        Assert.Contains("matrix-16-week/example-los-angeles.yaml", calendars);
        Assert.Contains("matrix-16-week/example-cancel-policy.yaml", calendars);
        Assert.Contains("mh-iop-8-week/example-chicago.yaml", calendars);
    }

    [Theory]
    [MemberData(nameof(Curricula))]
    public void CurriculumLoadsWithoutDiagnostics(string name)
    {
        var result = CurriculumLoader.Load(RepositoryPaths.Curriculum(name));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(name, result.Value.Id.Value);
    }

    [Theory]
    [MemberData(nameof(Curricula))]
    public void EveryTrackFileListedIsLoadedOnce(string name)
    {
        var curriculum = CurriculumLoader.Load(RepositoryPaths.Curriculum(name)).Value;
        var trackFiles = Directory.GetFiles(Path.Combine(RepositoryPaths.Curriculum(name), "tracks"), "*.yaml");

        Assert.Equal(trackFiles.Length, curriculum.Tracks.Count);
        Assert.Equal(curriculum.Tracks.Count, curriculum.Tracks.Select(t => t.Code).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void CalendarLoadsAgainstItsCurriculum(string name, string calendar)
    {
        var curriculum = CurriculumLoader.Load(RepositoryPaths.Curriculum(name)).Value;
        var result = ProgramCalendarLoader.Load(Path.Combine(RepositoryPaths.Curriculum(name), "calendars", calendar), curriculum);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Value.Tracks.Keys, code => Assert.NotNull(curriculum.FindTrack(code)));
    }

    [Theory]
    [MemberData(nameof(Curricula))]
    public void EverySessionFormatAddsUpToItsMinutes(string name)
    {
        var curriculum = CurriculumLoader.Load(RepositoryPaths.Curriculum(name)).Value;

        Assert.All(curriculum.Sessions, session =>
        {
            Assert.NotEmpty(session.Format);
            Assert.Equal(session.Minutes, session.Format.Sum(b => b.Minutes));
        });
    }

    [Theory]
    [MemberData(nameof(Curricula))]
    public void EveryTitleSaysWhereItComesFromAndUnverifiedOnesSayWhatToCheck(string name)
    {
        var curriculum = CurriculumLoader.Load(RepositoryPaths.Curriculum(name)).Value;

        Assert.All(curriculum.Sessions.Where(s => s.Provenance == Provenance.Unverified),
            session => Assert.False(string.IsNullOrWhiteSpace(session.Content.ProvenanceNote), $"{session.Code} has no provenance_note"));
        Assert.All(curriculum.Sessions, session => Assert.NotEmpty(session.Content.Goals));
    }

    [Theory]
    [MemberData(nameof(Curricula))]
    public void AsNeededSessionsThatNameAWeekFallInsideTheirTrack(string name)
    {
        var curriculum = CurriculumLoader.Load(RepositoryPaths.Curriculum(name)).Value;

        foreach (var track in curriculum.Tracks.Where(t => t.Schedule.Cadence == Cadence.AsNeeded))
            foreach (var session in track.Sessions.Where(s => s.Content.Week is not null))
                Assert.True(track.Schedule.Weeks.Contains(session.Content.Week!.Value), $"{session.Code} week {session.Content.Week}");
    }

    [Fact]
    public void MentalHealthCurriculumReachesTheIopWeeklyMinimumEveryWeek()
    {
        var curriculum = CurriculumLoader.Load(RepositoryPaths.Curriculum("mh-iop-8-week")).Value;

        Assert.Equal(8, curriculum.Weeks);
        for (var week = 1; week <= curriculum.Weeks; week++)
        {
            var minutes = PlannedMinutes(curriculum, week);
            Assert.True(minutes >= 9 * 60, $"week {week} plans {minutes} minutes, below 9 hours");
        }
    }

    /// <summary>
    /// Minutes a client is planned to attend in a week: every slot of each weekly track that meets then,
    /// plus the as-needed sessions set in that week.
    /// </summary>
    internal static int PlannedMinutes(Curriculum curriculum, int week) =>
        curriculum.Tracks
            .Where(t => t.Schedule.Weeks.Contains(week))
            .Sum(t => t.Schedule.Cadence == Cadence.Weekly
                ? t.Schedule.PerWeek * t.Minutes
                : t.Sessions.Where(s => s.Content.Week == week).Sum(s => s.Minutes));
}
