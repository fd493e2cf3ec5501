using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Recording;

/// <summary>The day something about a client happened (a test collected, a measure answered): not in the future, not before the client joined.</summary>
internal static class RecordedDay
{
    /// <param name="words">How the refusal names the day, such as "the date answered".</param>
    /// <param name="field">The request field that holds the day.</param>
    /// <returns>The cohort week the day falls in.</returns>
    public static int Check(EngineContext context, CohortSetting setting, EnrolmentRecord enrolment, LocalDate day, string words, string field)
    {
        var today = context.Now.InZone(setting.Weeks.Zone).Date;
        if (day > today)
            throw EngineException.InvalidField(field, $"{words} {day:uuuu-MM-dd} is in the future: today is {today:uuuu-MM-dd} in {setting.Weeks.Zone.Id}");
        var week = setting.Weeks.WeekOf(day);
        if (week < enrolment.StartWeek)
            throw EngineException.InvalidField(field, $"{words} {day:uuuu-MM-dd} is before client {enrolment.ClientId} joined (week {enrolment.StartWeek} begins {setting.Weeks.FirstDayOf(enrolment.StartWeek):uuuu-MM-dd})");
        return week;
    }
}
