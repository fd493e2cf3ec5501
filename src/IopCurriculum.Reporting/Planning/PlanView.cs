using IopCurriculum.Domain.Planning;
using IopCurriculum.Reporting.Documents;

namespace IopCurriculum.Reporting.Planning;

/// <summary>Writes a dated session plan week by week, with each week's hours and the minimum check.</summary>
public static class PlanView
{
    public static void Write(SessionPlan plan, IDocumentWriter doc)
    {
        var calendar = plan.Calendar;
        doc.Heading(1, $"{plan.Curriculum.Title}: plan from {Labels.Date(plan.Start)}");
        doc.Field("Curriculum", $"{plan.Curriculum.Id} version {plan.Curriculum.Version}");
        if (calendar.ProgramName.Length > 0) doc.Field("Program", calendar.ProgramName);
        doc.Field("Time zone", $"{calendar.TimeZone.Id} (times are local; UTC shown beside them)");
        doc.Field("Closures", calendar.Closures.Count == 0
            ? "none"
            : $"{calendar.Closures.Count}, sessions on them are {(calendar.ClosurePolicy == ClosurePolicy.Shift ? "moved to the next open day of the week" : "cancelled")}");
        if (plan.Groups == GroupMode.Open)
            doc.Field("Groups", "open: each group starts its sessions again when its weeks end; individual sessions are booked per client and not listed");

        foreach (var week in plan.Weeks)
        {
            var flag = week.BelowMinimum ? $"  BELOW the {Labels.Hours(week.MinimumHours)} weekly minimum" : "";
            doc.Heading(2, $"Week {week.Number}: {Labels.Date(week.FirstDay)} to {Labels.Date(week.LastDay)}, {Labels.Hours(week.ScheduledHours)} scheduled{flag}");
            doc.Table(
                ["Date", "Local", "UTC start", "Session", "Title", "Room", "Status"],
                plan.InWeek(week.Number).Select(s => (IReadOnlyList<string>)
                [
                    Labels.Date(s.Date),
                    $"{Labels.Time(s.StartTime)}-{Labels.Time(s.End.TimeOfDay)}",
                    Labels.Instant(s.StartInstant),
                    s.Label,
                    s.Session?.Title ?? $"{s.Track.Name}: topic chosen by the group",
                    s.Room ?? "",
                    Status(s),
                ]));
        }

        var below = plan.WeeksBelowMinimum.Select(w => w.Number).ToList();
        var shifted = plan.Sessions.Count(s => s.Status == PlannedStatus.Shifted);
        var cancelled = plan.Sessions.Count(s => s.Status == PlannedStatus.Cancelled);
        var overlapping = plan.Sessions.Count(s => s.Overlaps.Count > 0);
        doc.Paragraph($"{plan.Sessions.Count} sessions over {plan.Weeks.Count} weeks ({shifted} moved, {cancelled} cancelled by closures)." +
                      (overlapping > 0 ? $" {overlapping} sessions overlap another in time: see OVERLAPS above." : ""));
        doc.Paragraph(below.Count == 0
            ? $"Every week reaches the {Labels.Hours(calendar.MinimumWeeklyHours)} weekly minimum."
            : $"{below.Count} of {plan.Weeks.Count} weeks fall below the {Labels.Hours(calendar.MinimumWeeklyHours)} weekly minimum " +
              $"(weeks {string.Join(", ", below)}): add services or hours to meet the level of care.");
    }

    private static string Status(PlannedSession s)
    {
        var status = s.Status switch
        {
            PlannedStatus.Scheduled => s.Note ?? "",
            PlannedStatus.Shifted => s.Note ?? "moved",
            _ => $"CANCELLED: {s.Note}",
        };
        return s.Overlaps.Count == 0 ? status : $"{status}{(status.Length > 0 ? "; " : "")}OVERLAPS {string.Join(", ", s.Overlaps)}";
    }
}
