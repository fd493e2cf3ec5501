using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Tests.Support;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using Xunit;

namespace IopCurriculum.Definitions.Tests.Calendars;

public class ProgramCalendarLoaderTests
{
    private const string CalendarFile = "calendars/test.yaml";

    private const string Calendar = """
        program: Test Program
        timezone: America/Los_Angeles
        closure_policy: cancel
        open_days: [Mon, Tue, Wed, Thu, Fri]
        minimum_weekly_hours: 7.5
        tracks:
          XX: { days: [Mon, Fri], start: "18:00", room: Room A }
          YY: { start: "10:30" }
        closures:
          - date: 2027-01-18
            name: Martin Luther King Jr. Day
          - date: 2027-05-31
            name: Memorial Day

        """;

    private static (LoadResult<ProgramCalendar> Result, string File) Load(
        CurriculumFolder folder, string calendar, bool withCurriculum = true, DateTimeZone? zone = null)
    {
        var file = folder.Write(CalendarFile, calendar);
        var curriculum = withCurriculum ? folder.Load().Value : null;
        return (ProgramCalendarLoader.Load(file, curriculum, zone), file);
    }

    [Fact]
    public void ValidCalendarLoadsAgainstItsCurriculum()
    {
        using var folder = CurriculumFolder.WithBase();
        var (result, _) = Load(folder, Calendar);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var calendar = result.Value;
        Assert.Equal("Test Program", calendar.ProgramName);
        Assert.Equal("America/Los_Angeles", calendar.TimeZone.Id);
        Assert.Equal(ClosurePolicy.Cancel, calendar.ClosurePolicy);
        Assert.Equal(7.5m, calendar.MinimumWeeklyHours);
        Assert.Equal(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            calendar.OpenDays);
        var skills = calendar.Tracks[new TrackCode("XX")];
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Friday], skills.Days);
        Assert.Equal(new LocalTime(18, 0), skills.Start);
        Assert.Equal("Room A", skills.Room);
        var individual = calendar.Tracks[new TrackCode("YY")];
        Assert.Null(individual.Days);
        Assert.Equal(new LocalTime(10, 30), individual.Start);
        Assert.Null(individual.Room);
        Assert.Equal("Memorial Day", calendar.ClosureOn(new LocalDate(2027, 5, 31))?.Name);
        Assert.False(calendar.IsOpen(new LocalDate(2027, 1, 18)));
        Assert.Equal(2, calendar.Closures.Count);
    }

    [Fact]
    public void OptionalFieldsTakeTheirDefaults()
    {
        using var folder = CurriculumFolder.WithBase();
        var (result, _) = Load(folder, "timezone: Europe/London\n");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var calendar = result.Value;
        Assert.Equal(ClosurePolicy.Shift, calendar.ClosurePolicy);
        Assert.Equal(ProgramCalendar.IopMinimumWeeklyHours, calendar.MinimumWeeklyHours);
        Assert.Equal(5, calendar.OpenDays.Count);
        Assert.DoesNotContain(IsoDayOfWeek.Saturday, calendar.OpenDays);
        Assert.Empty(calendar.Tracks);
        Assert.Empty(calendar.Closures);
    }

    [Fact]
    public void MisspeltTimeZoneGetsASuggestion()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "America/Los_Angeles", "America/Los_Angles");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "America/Los_Angles"),
            "'America/Los_Angles' is not an IANA time zone", "did you mean 'America/Los_Angeles'");
    }

    [Fact]
    public void UnknownTimeZoneUnlikeAnyGetsNoSuggestion()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "America/Los_Angeles", "Pacific Standard Time Zone");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "Pacific Standard"),
            "is not an IANA time zone", "use a name such as America/Los_Angeles");
        Assert.DoesNotContain("did you mean", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrackTheCurriculumLacksIsLocatedAtItsKey()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "  YY: { start: \"10:30\" }", "  YY: { start: \"10:30\" }\n  ZZ: { room: Room C }");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "ZZ:"),
            "timetable for track ZZ, which curriculum test-iop does not have", "its tracks: XX, YY");
    }

    [Fact]
    public void WithoutACurriculumAnUnknownTrackIsNotChecked()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "  YY: { start: \"10:30\" }", "  YY: { start: \"10:30\" }\n  ZZ: { room: Room C }");
        var (result, _) = Load(folder, calendar, withCurriculum: false);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal("Room C", result.Value.Tracks[new TrackCode("ZZ")].Room);
    }

    [Fact]
    public void MalformedTrackCodeKey()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "  YY: {", "  yy: {");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "yy:"), "'yy' is not a valid track code");
    }

    [Fact]
    public void DuplicateClosureDate()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "2027-05-31", "2027-01-18");
        var (result, file) = Load(folder, calendar);

        var first = TextPosition.Of(calendar, "2027-01-18", 1);
        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "2027-01-18", 2),
            "closure date 2027-01-18 is listed twice", $"first at {file}:{first.Line}:{first.Column}");
    }

    [Fact]
    public void MalformedClosureDate()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "2027-05-31", "31/05/2027");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "31/05/2027"),
            "'date' must be a date such as 2027-01-04", "not '31/05/2027'");
    }

    [Fact]
    public void FewerDaysThanTheTrackMeetsAWeek()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "XX: { days: [Mon, Fri]", "XX: { days: [Wed]");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "XX:"),
            "track XX meets 2 time(s) a week but the calendar gives it only 1 day(s)");
    }

    [Fact]
    public void MisspeltDayInATrackTimetable()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "days: [Mon, Fri]", "days: [Mon, Fryday]");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "Fryday"), "'Fryday' is not a day", "did you mean 'Friday'");
    }

    [Fact]
    public void MalformedStartTimeInATrackTimetable()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "start: \"10:30\"", "start: 10.30am");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "10.30am"), "'start' must be a 24-hour local time", "not '10.30am'");
    }

    [Fact]
    public void UnknownKeysAreReportedWithSuggestions()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(
            TextPosition.Replace(Calendar, "closure_policy: cancel", "closure_polcy: cancel"),
            "room: Room A", "rom: Room A");
        var (result, file) = Load(folder, calendar);

        Assert.False(result.Succeeded);
        Assert.Collection(result.Diagnostics,
            d => DiagnosticAssert.At(d, file, TextPosition.Of(calendar, "closure_polcy"),
                "unknown key 'closure_polcy' in the calendar", "did you mean 'closure_policy'"),
            d => DiagnosticAssert.At(d, file, TextPosition.Of(calendar, "rom:"),
                "unknown key 'rom' in the calendar entry for track XX", "did you mean 'room'"));
    }

    [Fact]
    public void MissingTimeZoneIsRequiredWithoutAnOverride()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "timezone: America/Los_Angeles\n", "");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, (1, 1), "missing required field 'timezone' in the calendar");
    }

    [Fact]
    public void ZoneOverrideLetsACalendarOmitItsTimeZone()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "timezone: America/Los_Angeles\n", "");
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        var (result, _) = Load(folder, calendar, zone: tokyo);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Same(tokyo, result.Value.TimeZone);
        Assert.Equal(2, result.Value.Closures.Count);
    }

    [Fact]
    public void ZoneOverrideReplacesTheFilesZone()
    {
        using var folder = CurriculumFolder.WithBase();
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        var (result, _) = Load(folder, Calendar, zone: tokyo);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal("Asia/Tokyo", result.Value.TimeZone.Id);
    }

    [Fact]
    public void BillingRulesAreReadWithTheirSourcesAndACalendarWithoutThemHasH0015()
    {
        using var folder = CurriculumFolder.WithBase();
        var (plain, _) = Load(folder, Calendar);
        Assert.Equal([IopCurriculum.Domain.Billing.BillingRule.H0015], plain.Value.BillingRules);

        var calendar = Calendar + """
            billing:
              - { code: H0015, name: IOP day, per: day, minimum_minutes: 180, source: HCPCS H0015 }
              - { code: IOP-WEEK, name: Medicare IOP week, per: week, minimum_minutes: 540, source: CMS 2024 OPPS final rule }

            """;
        var (result, _) = Load(folder, calendar);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal([("H0015", 180), ("IOP-WEEK", 540)], result.Value.BillingRules.Select(r => (r.Code, r.MinimumMinutes)));
        Assert.Equal(IopCurriculum.Domain.Billing.BillingPeriod.Week, result.Value.BillingRules[1].Per);
    }

    [Fact]
    public void ABillingRuleWithoutItsSourceOrWithABadPeriodIsLocated()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = Calendar + """
            billing:
              - { code: H0015, name: IOP day, per: month, minimum_minutes: 180, source: HCPCS H0015 }
              - { code: X1, name: No source, per: day, minimum_minutes: 60 }

            """;
        var (result, file) = Load(folder, calendar);
        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.Location.File == file && d.Location.Line == TextPosition.Of(calendar, "month").Line && d.Message.Contains("'per' must be one of day | week", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Location.Line == TextPosition.Of(calendar, "X1").Line && d.Message.Contains("source", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingCalendarFile()
    {
        using var folder = CurriculumFolder.WithBase();
        var path = folder.PathOf("calendars/none.yaml");
        DiagnosticAssert.Single(ProgramCalendarLoader.Load(path), path, (1, 1), "calendar file", "does not exist");
    }

    [Fact]
    public void FailedCalendarLoadThrowsOnValue()
    {
        using var folder = CurriculumFolder.WithBase();
        var calendar = TextPosition.Replace(Calendar, "closure_policy: cancel", "closure_policy: postpone");
        var (result, file) = Load(folder, calendar);

        DiagnosticAssert.Single(result, file, TextPosition.Of(calendar, "postpone"),
            "'closure_policy' must be one of shift | cancel, not 'postpone'");
        var thrown = Assert.Throws<DefinitionException>(() => result.Value);
        Assert.Equal(result.Diagnostics, thrown.Diagnostics);
    }
}
