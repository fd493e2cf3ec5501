using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Definitions.Curricula;

/// <summary>Reads one session of a track.</summary>
internal static class SessionReader
{
    /// <summary>The session draft, or null when something it needs is missing or malformed (already reported).</summary>
    public static SessionDraft? Read(YamlMap map, string trackLabel, int position)
    {
        var number = map.WholeNumber("number", required: true, min: 1, max: 999);
        map.Expect(number is { } n ? $"session {trackLabel} {n}" : $"session #{position} of track {trackLabel}", CurriculumKeys.Session);

        var title = map.Text("title", required: true);
        var provenance = map.Enum<Provenance>("provenance", required: true);
        var beforeGoals = map.Diagnostics.Count;
        var goals = map.Strings("goals", required: true);
        var goalsReported = map.Diagnostics.Count != beforeGoals;
        var handouts = map.LocatedStrings("handouts");
        var blankHandouts = handouts.Where(h => string.IsNullOrWhiteSpace(h.Text)).ToList();
        foreach (var (_, where) in blankHandouts)
            map.Diagnostics.Add(where, "an item of 'handouts' is empty; write a handout code such as 'RP 1A'");
        var format = FormatReader.Read(map);
        var formatBroken = map.Has("format") && format is null;
        var minutes = map.WholeNumber("minutes", min: 1, max: 480);
        var week = map.WholeNumber("week", min: 1, max: 104);
        var content = new
        {
            Note = map.Text("provenance_note"),
            Materials = map.Strings("materials"),
            LeaderNotes = map.Strings("leader_notes"),
            Special = map.Strings("special_considerations"),
            Closing = map.Text("closing") ?? "",
        };

        if (map.Has("goals") && goals.Count == 0 && !goalsReported)
            map.Diagnostics.Add(map.ValueLocationOf("goals"), "'goals' lists no goals");
        if (number is null || string.IsNullOrWhiteSpace(title) || provenance is null || goals.Count == 0 || formatBroken || blankHandouts.Count > 0
            || (map.Has("minutes") && minutes is null) || (map.Has("week") && week is null))
            return null;

        var sessionContent = new SessionContent(title, provenance.Value, goals, handouts.Select(h => new HandoutCode(h.Text)), content.Closing)
        {
            ProvenanceNote = content.Note,
            Materials = content.Materials,
            LeaderNotes = content.LeaderNotes,
            SpecialConsiderations = content.Special,
            Week = week,
        };
        return new SessionDraft(
            number.Value,
            sessionContent,
            minutes,
            format,
            HasOwnFormat: format is not null,
            map.Location,
            map.ValueLocationOf("number"),
            map.Has("format") ? map.LocationOf("format") : map.Location,
            week is null ? null : map.ValueLocationOf("week"),
            [.. handouts.Select(h => (new HandoutCode(h.Text), h.Location))]);
    }
}
