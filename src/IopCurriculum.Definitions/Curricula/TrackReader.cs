using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Definitions.Curricula;

/// <summary>Reads one track, its handouts and its sessions, checking the rules that concern a single track.</summary>
internal static class TrackReader
{
    public static TrackDraft Read(YamlMap map)
    {
        var diagnostics = map.Diagnostics;
        var before = diagnostics.Count;
        var codeText = map.Named("a track").Text("code", required: true);
        var code = codeText is not null && TrackCode.IsValid(codeText) ? new TrackCode(codeText) : (TrackCode?)null;
        if (codeText is not null && code is null)
            diagnostics.Add(map.ValueLocationOf("code"), CurriculumRules.TrackCodeFormatMessage(codeText));
        var label = code?.Value ?? codeText ?? "?";
        map.Expect($"track {label}", CurriculumKeys.Track);

        var name = map.Text("name", required: true);
        var kind = map.Enum<TrackKind>("kind", required: true);
        var (schedule, weeksWhere) = ScheduleReader.Read(map);
        var minutes = map.WholeNumber("minutes", required: true, min: 1, max: 480);
        var capacity = ReadCapacity(map);
        var leaders = map.Strings("leaders", required: true);
        var enrolment = map.Enum<Enrolment>("enrolment") ?? Enrolment.Open;
        var sequence = map.Enum<SequenceKind>("sequence", required: true);
        var profile = new
        {
            Description = map.Text("description") ?? "",
            Introduction = map.Text("introduction") ?? "",
            Goals = map.Strings("goals"),
            Special = map.Strings("special_considerations"),
        };
        var defaultFormat = FormatReader.Read(map);
        var handouts = HandoutReader.Read(map);
        var beforeSessions = diagnostics.Count;
        var sessionItems = map.Items("sessions", required: true);
        var sessionsListed = diagnostics.Count == beforeSessions;
        var drafts = sessionItems
            .Select((item, i) => map.MapItem(item, "sessions") is { } s ? SessionReader.Read(s, label, i + 1) : null)
            .ToList();

        var sessions = code is { } c && minutes is { } m
            ? BuildSessions(map, c, m, defaultFormat, drafts, schedule)
            : [];
        if (code is { } trackCode && schedule is not null && sequence is { } seq && (drafts.Count > 0 || sessionsListed))
            diagnostics.Check(map.LocationOf("sessions"), CurriculumRules.SessionCount(trackCode, seq, schedule, drafts.Count));

        var references = code is { } owner
            ? drafts.OfType<SessionDraft>()
                .SelectMany(d => d.HandoutReferences.Select(r => (new SessionCode(owner, d.Number), r.Code, r.Where)))
                .ToList()
            : [];

        Track? track = null;
        if (diagnostics.Count == before && code is not null && name is not null && kind is not null && schedule is not null
            && minutes is not null && sequence is not null)
        {
            var trackProfile = new TrackProfile(name, kind.Value, leaders)
            {
                Description = profile.Description,
                Introduction = profile.Introduction,
                Goals = profile.Goals,
                SpecialConsiderations = profile.Special,
                Capacity = capacity,
                Enrolment = enrolment,
            };
            try
            {
                track = new Track(code.Value, trackProfile, schedule, minutes.Value, sequence.Value, handouts.Select(h => h.Handout), sessions);
            }
            catch (CurriculumRuleException e)
            {
                // The checks above cover every track rule with its place; the domain's own check stays
                // the last word, so a rule missed here is still reported rather than thrown.
                diagnostics.Add(map.Location, e.Message);
            }
        }

        return new TrackDraft(
            track,
            code,
            map.ValueLocationOf("code"),
            schedule?.Weeks,
            weeksWhere,
            handouts,
            references);
    }

    private static List<Session> BuildSessions(
        YamlMap map, TrackCode code, int trackMinutes, IReadOnlyList<FormatBlock>? defaultFormat,
        List<SessionDraft?> drafts, TrackSchedule? schedule)
    {
        var diagnostics = map.Diagnostics;
        var sessions = new List<Session>();
        var seen = new Dictionary<int, SourceLocation>();
        var orderReported = false;
        // A session that could not be read (already reported) still holds its place in the numbering.
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i] is not { } draft) continue;
            var sessionCode = new SessionCode(code, draft.Number);
            if (seen.TryGetValue(draft.Number, out var first))
            {
                diagnostics.Add(draft.NumberWhere, $"duplicate session code '{sessionCode}' (first defined at {first})");
                continue;
            }
            seen[draft.Number] = draft.NumberWhere;
            // One out-of-order number is enough: reporting every later one would only repeat it.
            if (!orderReported && CurriculumRules.SessionNumber(code, i + 1, draft.Number) is { } orderProblem)
            {
                diagnostics.Add(draft.NumberWhere, orderProblem);
                orderReported = true;
            }
            if (draft.Content.Week is { } week && schedule is not null && draft.WeekWhere is { } weekWhere)
                diagnostics.Check(weekWhere, CurriculumRules.SessionWeek(sessionCode, week, schedule.Weeks));

            var format = draft.Format ?? defaultFormat;
            var minutes = draft.Minutes ?? trackMinutes;
            if (format is null)
            {
                diagnostics.Add(draft.Where, $"session {sessionCode} has no 'format' and track {code} has no default 'format'");
                continue;
            }
            var formatWhere = draft.HasOwnFormat ? draft.FormatWhere : map.LocationOf("format");
            if (diagnostics.Check(formatWhere, Prefixed(sessionCode, CurriculumRules.FormatMinutes([.. format.Select(b => b.Minutes)], minutes))))
                sessions.Add(new Session(draft.Content, sessionCode, minutes, format));
        }
        return sessions;
    }

    private static Capacity? ReadCapacity(YamlMap track)
    {
        var map = track.Map("capacity")?.Expect("capacity", CurriculumKeys.Capacity);
        if (map is null) return null;
        var min = map.WholeNumber("min", required: true, min: 1, max: 1000);
        var max = map.WholeNumber("max", required: true, min: 1, max: 1000);
        if (min is null || max is null) return null;
        return map.Diagnostics.Check(map.Location, CurriculumRules.CapacityOrder(min.Value, max.Value))
            ? new Capacity(min.Value, max.Value)
            : null;
    }

    private static string? Prefixed(SessionCode code, string? problem) => problem is null ? null : $"session {code}: {problem}";
}
