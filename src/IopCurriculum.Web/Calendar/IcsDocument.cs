using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IopCurriculum.Access;

namespace IopCurriculum.Web.Calendar;

/// <summary>Writes a feed's sessions as an iCalendar document, each event in its program's own time zone.</summary>
public static class IcsDocument
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <param name="now">The moment of writing, stamped on every event (DTSTAMP).</param>
    public static string Write(FeedCalendar feed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var stamp = new CalDateTime(now.UtcDateTime);
        var calendar = new Ical.Net.Calendar { ProductId = "-//IopCurriculum//Session calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", feed.Name);
        // Calendar apps need the zone's rules from the earliest event on; without events there is no zone to describe.
        foreach (var zone in feed.Events.GroupBy(e => e.TimeZone, StringComparer.Ordinal))
        {
            var first = zone.Min(e => e.Start);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, first.ToDateTimeUnspecified(), includeHistoricalData: false));
        }
        foreach (var session in feed.Events)
            calendar.Events.Add(Event(session, stamp));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(FeedEvent session, CalDateTime stamp)
    {
        var start = session.Start;
        var end = start.PlusMinutes(session.Minutes);
        var item = new CalendarEvent
        {
            Uid = session.Uid,
            // An individual session is booked for one client; the feed says only that it is one.
            Summary = session.Individual ? $"Individual session: {session.Label} {session.Title}" : $"{session.Label} {session.Title}",
            DtStamp = stamp,
            Description = $"{session.Track}, week {session.Week} of cohort {session.CohortId}",
            DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, session.TimeZone),
            DtEnd = new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, session.TimeZone),
            Status = session.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        item.Categories.Add(session.Track);
        if (session.Room is { Length: > 0 } room) item.Location = room;
        return item;
    }
}
