using IopCurriculum.Domain.Planning;

namespace IopCurriculum.Reporting.Planning;

/// <summary>A dated plan as JSON: local date and time in the program's zone, and UTC instants.</summary>
public static class PlanJson
{
    public static string Write(SessionPlan plan) => ReportJson.Serialize(new
    {
        Curriculum = new { Id = plan.Curriculum.Id.Value, plan.Curriculum.Version },
        Program = plan.Calendar.ProgramName,
        TimeZone = plan.Calendar.TimeZone.Id,
        Start = Labels.IsoDate(plan.Start),
        Groups = plan.Groups.ToString().ToLowerInvariant(),
        MinimumWeeklyHours = plan.Calendar.MinimumWeeklyHours,
        Weeks = plan.Weeks.Select(w => new
        {
            w.Number,
            FirstDay = Labels.IsoDate(w.FirstDay),
            LastDay = Labels.IsoDate(w.LastDay),
            w.ScheduledMinutes,
            ScheduledHours = Math.Round(w.ScheduledHours, 2),
            w.BelowMinimum,
        }),
        Sessions = plan.Sessions.Select(s => new
        {
            s.Week,
            Track = s.Track.Code.Value,
            s.BlockWeek,
            s.Cycle,
            s.Occurrence,
            Session = s.Session?.Code.ToString(),
            Title = s.Session?.Title,
            LocalDate = Labels.IsoDate(s.Date),
            LocalStart = Labels.Time(s.StartTime),
            LocalEnd = Labels.Time(s.End.TimeOfDay),
            StartUtc = Labels.Instant(s.StartInstant),
            EndUtc = Labels.Instant(s.EndInstant),
            s.Minutes,
            s.Room,
            Status = s.Status.ToString().ToLowerInvariant(),
            OriginalDate = s.OriginalDate is { } d ? Labels.IsoDate(d) : null,
            s.Note,
            Overlaps = s.Overlaps.Count > 0 ? s.Overlaps : null,
        }),
    });
}
