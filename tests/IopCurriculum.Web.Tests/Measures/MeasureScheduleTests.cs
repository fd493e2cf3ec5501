using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Definitions.Measures;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Measures;

public sealed class MeasureScheduleTests : IDisposable
{
    private const string Program = "/programs/demo";
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task TheProgramPageShowsTheShippedScheduleInWords()
    {
        var page = await Forms.Page(await _web.SignedInAs("lee", Roles.ClinicalLead), Program);
        Assert.Equal("in week 1, then every 2 weeks", page.QuerySelector("#measure-schedule-table tr[data-measure='PHQ9'] .schedule-words")!.TextContent);
        Assert.Equal("in week 1, then every week", page.QuerySelector("#measure-schedule-table tr[data-measure='BAM'] .schedule-words")!.TextContent);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#use-PHQ9-repeat")!).IsChecked);
        Assert.NotNull(page.QuerySelector("label[for='every-PHQ9']"));
    }

    [Fact]
    public async Task AClinicalLeadSetsTheScheduleInWords()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var response = await Forms.Submit(lee, Program, "measure-schedule", Forms.Fields(
            ("use-PHQ9", "once"), ("from-PHQ9", "1"), ("every-PHQ9", ""),
            ("use-GAD7", "off"),
            ("use-BAM", "repeat"), ("from-BAM", "2"), ("every-BAM", "2"), ("until-BAM", "8")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var schedule = _web.Engine.Programs.MeasureScheduleOf("demo");
        Assert.Equal(["PHQ9", "BAM", "CRAVING"], schedule.Rules.Select(r => r.Measure.Value));
        Assert.Equal((1, 0, (int?)null), (schedule.Rules[0].FromWeek, schedule.Rules[0].EveryWeeks, schedule.Rules[0].UntilWeek));
        Assert.Equal((2, 2, (int?)8), (schedule.Rules[1].FromWeek, schedule.Rules[1].EveryWeeks, schedule.Rules[1].UntilWeek));
        var page = await Forms.Page(lee, response.Headers.Location!.PathAndQuery);
        Assert.NotNull(page.QuerySelector("#measure-schedule-done"));
        Assert.Equal("not used", page.QuerySelector("#measure-schedule-table tr[data-measure='GAD7'] .schedule-words")!.TextContent);
        Assert.Equal("in week 2, then every 2 weeks to week 8", page.QuerySelector("#measure-schedule-table tr[data-measure='BAM'] .schedule-words")!.TextContent);

        var back = await Forms.Submit(lee, Program, "measure-schedule-default", Forms.Fields());
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(BuiltInMeasures.DefaultSchedule.Rules, _web.Engine.Programs.MeasureScheduleOf("demo").Rules);
    }

    [Theory]
    [InlineData("repeat", "1", "0", "8", "every-PHQ9", "PHQ-9, every how many weeks: 0 is not between 1 and 52.")]
    [InlineData("repeat", "0", "2", "", "from-PHQ9", "PHQ-9, first week: 0 is not between 1 and 104.")]
    [InlineData("repeat", "two", "2", "", "from-PHQ9", "PHQ-9, first week: 'two' is not a whole number.")]
    [InlineData("repeat", "1", "", "", "every-PHQ9", "PHQ-9, every how many weeks: give a number of weeks.")]
    [InlineData("repeat", "4", "2", "3", "until-PHQ9", "PHQ-9, until week: week 3 is before the first week, 4.")]
    [InlineData("once", "1", "", "6", "until-PHQ9", "PHQ-9, until week: a measure asked once has no last week; choose every few weeks, or leave it empty.")]
    [InlineData("sometimes", "1", "", "", "use-PHQ9-off", "PHQ-9: choose not used, once, or every few weeks.")]
    public async Task ABadValueIsRefusedNamingTheFieldAndNothingIsWritten(string use, string from, string every, string until, string field, string message)
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var response = await Forms.Submit(lee, Program, "measure-schedule", Forms.Fields(
            ("use-PHQ9", use), ("from-PHQ9", from), ("every-PHQ9", every), ("until-PHQ9", until), ("use-GAD7", "off")));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("header.top"));
        var problem = Assert.Single(page.QuerySelectorAll("#measure-schedule-problems li a"));
        Assert.Equal((message, "#" + field), (problem.TextContent, problem.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("#" + field));
        Assert.Equal(BuiltInMeasures.DefaultSchedule.Rules, _web.Engine.Programs.MeasureScheduleOf("demo").Rules);
        // What was typed stays in the form.
        Assert.Equal(from, page.QuerySelector("#from-PHQ9")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AFacilitatorSeesTheScheduleButNoFormToChangeIt()
    {
        var page = await Forms.Page(await _web.SignedInAs("fay", Roles.Facilitator, "demo-cohort"), Program);
        Assert.NotNull(page.QuerySelector("#measure-schedule-table"));
        Assert.Null(page.QuerySelector("#measure-schedule-form"));
    }
}
