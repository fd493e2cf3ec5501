using IopCurriculum.Domain.Curricula;
using IopCurriculum.Reporting.Documents;

namespace IopCurriculum.Reporting.Curricula;

/// <summary>Writes a curriculum, a track, a week or one session for people to read.</summary>
public static class CurriculumView
{
    public static void Overview(Curriculum curriculum, IDocumentWriter doc)
    {
        Header(curriculum, doc);
        doc.Table(
            ["Code", "Track", "Kind", "Weeks", "Days", "Per week", "Minutes", "Sessions", "Sequence"],
            curriculum.Tracks.Select(t => (IReadOnlyList<string>)
            [
                t.Code.Value, t.Name, Labels.Of(t.Kind), t.Schedule.Weeks + (t.Schedule.ContinuesAfterProgram ? "+" : ""),
                Labels.Days(t.Schedule.Days), t.Schedule.Cadence == Cadence.AsNeeded ? "as needed" : $"{t.Schedule.PerWeek}",
                $"{t.Minutes}", $"{t.Sessions.Count}", Labels.Of(t.Sequence),
            ]));
        var unverified = curriculum.Sessions.Count(s => s.Provenance == Provenance.Unverified);
        doc.Paragraph($"{curriculum.Sessions.Count()} sessions, {curriculum.Handouts.Count()} handouts; " +
                      $"{unverified} session title(s) marked unverified. '+' marks a track that continues as aftercare.");
    }

    public static void Track(Curriculum curriculum, Track track, IDocumentWriter doc)
    {
        doc.Heading(1, $"{track.Code} {track.Name}");
        doc.Field("Curriculum", $"{curriculum.Title} ({curriculum.Id} {curriculum.Version})");
        doc.Field("Kind", Labels.Of(track.Kind));
        doc.Field("Schedule", Labels.Schedule(track));
        doc.Field("Leaders", string.Join(", ", track.Profile.Leaders));
        if (track.Profile.Capacity is { } capacity) doc.Field("Group size", capacity.ToString());
        doc.Field("Enrolment", track.Profile.Enrolment.ToString().ToLowerInvariant());
        doc.Field("Sequence", Labels.Of(track.Sequence));
        if (track.Profile.Description.Length > 0) doc.Paragraph(track.Profile.Description);
        if (track.Profile.Introduction.Length > 0)
        {
            doc.Heading(2, "Introduction");
            doc.Paragraph(track.Profile.Introduction);
        }
        Section(doc, "Goals of the group", track.Profile.Goals);
        Section(doc, "Special considerations", track.Profile.SpecialConsiderations);
        doc.Heading(2, "Sessions");
        doc.Table(
            ["Code", "Title", "Provenance", "Minutes", "Week"],
            track.Sessions.Select(s => (IReadOnlyList<string>)
                [s.Code.ToString(), s.Title, Labels.Of(s.Provenance), $"{s.Minutes}", s.Content.Week?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""]));
    }

    public static void Week(Curriculum curriculum, int week, IDocumentWriter doc)
    {
        doc.Heading(1, $"Week {week} of {curriculum.Weeks}: {curriculum.Title}");
        foreach (var (track, sessions) in curriculum.Week(week))
        {
            doc.Heading(2, $"{track.Code} {track.Name} ({Labels.Days(track.Schedule.Days)}, {track.Minutes} min)");
            var lines = track.Sequence == SequenceKind.TopicList && track.Schedule.Cadence == Cadence.Weekly
                ? [$"the group picks a topic from {track.Sessions.Count} ({string.Join(", ", track.Sessions.Select(s => s.Title).Take(6))}, …)"]
                : sessions.Count == 0
                    ? ["no session planned this week (as needed)"]
                    : sessions.Select(s => $"{s.Code}  {s.Title}{ProvenanceMark(s.Provenance)}");
            doc.Bullets(lines);
        }
    }

    public static void Session(Curriculum curriculum, Session session, IDocumentWriter doc)
    {
        var track = curriculum.FindTrack(session.Code.Track)!;
        var content = session.Content;
        doc.Heading(1, $"{session.Code}: {session.Title}");
        doc.Field("Track", $"{track.Code} {track.Name}");
        doc.Field("Length", $"{session.Minutes} minutes");
        doc.Field("Leaders", string.Join(", ", track.Profile.Leaders));
        doc.Field("Provenance", Labels.Of(content.Provenance) + (content.ProvenanceNote is { } note ? $" ({note})" : ""));
        if (content.Week is { } week) doc.Field("Planned in week", $"{week}");
        Section(doc, "Goals", content.Goals);

        doc.Heading(2, $"Format ({session.Minutes} minutes)");
        var offset = 0;
        var blocks = new List<string>();
        foreach (var block in session.Format)
        {
            var action = block.LeaderAction.Length > 0 ? $": {block.LeaderAction}" : "";
            blocks.Add($"+{offset / 60}:{offset % 60:00}  {block.Name} ({block.Minutes} min){action}");
            offset += block.Minutes;
        }
        doc.Bullets(blocks);

        Section(doc, "Handouts", content.Handouts.Select(h => curriculum.FindHandout(h) is { } handout
            ? $"{handout.Code}  {handout.Title}{ProvenanceMark(handout.Provenance)}"
            : h.Value));
        Section(doc, "Materials", content.Materials);
        Section(doc, "Leader notes", content.LeaderNotes);
        Section(doc, "Special considerations", content.SpecialConsiderations);
        if (content.Closing.Length > 0)
        {
            doc.Heading(2, "Closing");
            doc.Paragraph(content.Closing);
        }
    }

    private static void Header(Curriculum curriculum, IDocumentWriter doc)
    {
        doc.Heading(1, curriculum.Title);
        doc.Field("Id", $"{curriculum.Id} version {curriculum.Version}");
        doc.Field("Length", $"{curriculum.Weeks} weeks");
        if (curriculum.Source is { } source) doc.Field("Source", source);
        if (curriculum.Description.Length > 0) doc.Paragraph(curriculum.Description);
    }

    private static void Section(IDocumentWriter doc, string heading, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        doc.Heading(2, heading);
        doc.Bullets(list);
    }

    private static string ProvenanceMark(Provenance provenance) => provenance == Provenance.Unverified ? "  [unverified]" : "";
}
