using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Reporting.Curricula;

/// <summary>A curriculum (or part of one) as JSON with stable, snake_case field names.</summary>
public static class CurriculumJson
{
    public static string Write(Curriculum curriculum) => ReportJson.Serialize(new
    {
        Id = curriculum.Id.Value,
        curriculum.Version,
        curriculum.Title,
        curriculum.Description,
        curriculum.Source,
        curriculum.Weeks,
        Tracks = curriculum.Tracks.Select(Track),
    });

    public static string Write(Track track) => ReportJson.Serialize(Track(track));

    public static string Write(Session session) => ReportJson.Serialize(Session(session));

    public static string WriteWeek(Curriculum curriculum, int week) => ReportJson.Serialize(new
    {
        Week = week,
        Tracks = curriculum.Week(week).Select(w => new
        {
            Code = w.Track.Code.Value,
            w.Track.Name,
            Sequence = Labels.Of(w.Track.Sequence),
            Sessions = w.Sessions.Select(s => new { Code = s.Code.ToString(), s.Title }),
        }),
    });

    private static object Track(Track t) => new
    {
        Code = t.Code.Value,
        t.Name,
        Kind = Labels.Of(t.Kind),
        Schedule = new
        {
            Weeks = t.Schedule.Weeks.ToString(),
            Days = t.Schedule.Days.Select(Labels.Day),
            t.Schedule.PerWeek,
            Cadence = t.Schedule.Cadence == Cadence.AsNeeded ? "as-needed" : "weekly",
            Start = Labels.Time(t.Schedule.SuggestedStart),
            t.Schedule.ContinuesAfterProgram,
        },
        t.Minutes,
        Capacity = t.Profile.Capacity is { } c ? new { c.Min, c.Max } : null,
        t.Profile.Leaders,
        Enrolment = t.Profile.Enrolment.ToString().ToLowerInvariant(),
        Sequence = Labels.Of(t.Sequence),
        Handouts = t.Handouts.Select(h => new { Code = h.Code.Value, h.Title, Provenance = Labels.Of(h.Provenance) }),
        Sessions = t.Sessions.Select(Session),
    };

    private static object Session(Session s) => new
    {
        Code = s.Code.ToString(),
        s.Number,
        s.Title,
        Provenance = Labels.Of(s.Provenance),
        s.Content.ProvenanceNote,
        s.Minutes,
        s.Content.Week,
        s.Content.Goals,
        Format = s.Format.Select(b => new { Block = b.Name, b.Minutes, Leader = b.LeaderAction }),
        Handouts = s.Content.Handouts.Select(h => h.Value),
        s.Content.Materials,
        s.Content.LeaderNotes,
        s.Content.SpecialConsiderations,
        s.Content.Closing,
    };
}
