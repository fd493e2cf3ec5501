using System.Globalization;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>
/// The CEBC essential components of the Matrix Model, judged per cohort week: two Relapse Prevention
/// groups of 8 to 12 clients, one Family Education group, two Early Recovery groups in weeks 1 to 4,
/// a urine and a breath test for every client, and a manual topic in every group. A group counts as
/// held when at least one client was recorded present.
/// </summary>
internal static class FidelityRules
{
    public const int RelapsePreventionPerWeek = 2;
    public const int SmallestGroup = 8;
    public const int LargestGroup = 12;
    public const int EarlyRecoveryPerWeek = 2;
    public const int EarlyRecoveryLastWeek = 4;

    public static IReadOnlyList<FidelityCheck> Check(WeekFacts facts, int week, IReadOnlyList<ClientSnapshot> clients) =>
    [
        GroupsHeld(facts, week, "rp-groups", "RP", RelapsePreventionPerWeek, "Relapse Prevention groups (2 a week)", due: true),
        GroupSize(facts, week),
        GroupsHeld(facts, week, "fe-group", "FE", 1, "Family Education group (1 a week)", due: FamilyEducationDue(facts, week)),
        GroupsHeld(facts, week, "er-groups", "ER", EarlyRecoveryPerWeek, "Early Recovery groups (2 a week, weeks 1–4)", due: week <= EarlyRecoveryLastWeek),
        Tests(facts, week, clients),
        Topics(facts, week),
    ];

    /// <summary>Open groups run Family Education every week; a closed cohort only in the weeks its curriculum gives it.</summary>
    private static bool FamilyEducationDue(WeekFacts facts, int week) =>
        facts.Cohort.Cohort.OpenGroups || facts.Cohort.Curriculum.FindTrack(new TrackCode("FE"))?.Schedule.Weeks.Contains(week) == true;

    private static FidelityCheck GroupsHeld(WeekFacts facts, int week, string key, string track, int needed, string component, bool due)
    {
        if (facts.Cohort.Curriculum.FindTrack(new TrackCode(track)) is null)
            return new(key, component, FidelityStatus.NotApplicable, $"the curriculum has no {track} track");
        if (!due) return new(key, component, FidelityStatus.NotApplicable, Invariant($"not required in week {week}"));
        var held = facts.GroupsBegun(week).Count(s => s.TrackCode == track && facts.Present(s) > 0);
        var figures = Invariant($"{held} of {needed} held");
        return new(key, component, Verdict(held >= needed, facts.Ended(week)), figures);
    }

    private static FidelityCheck GroupSize(WeekFacts facts, int week)
    {
        const string key = "rp-size";
        const string component = "Relapse Prevention group size (8–12)";
        if (facts.Cohort.Curriculum.FindTrack(new TrackCode("RP")) is null)
            return new(key, component, FidelityStatus.NotApplicable, "the curriculum has no RP track");
        var sizes = facts.GroupsBegun(week).Where(s => s.TrackCode == "RP").Select(facts.Present).Where(n => n > 0).ToList();
        if (sizes.Count == 0)
            return new(key, component, facts.Ended(week) ? FidelityStatus.NotMet : FidelityStatus.NotYetDue, "no group held");
        var figures = "sizes " + string.Join(", ", sizes.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        // A group outside the range has already missed it, whether or not the week is over.
        var outside = sizes.Any(n => n is < SmallestGroup or > LargestGroup);
        return new(key, component, outside ? FidelityStatus.NotMet : Verdict(true, facts.Ended(week)), figures);
    }

    private static FidelityCheck Tests(WeekFacts facts, int week, IReadOnlyList<ClientSnapshot> clients)
    {
        const string key = "tests";
        const string component = "Urine and breath tests (weekly, every client)";
        var enrolled = clients.Where(c => c.Active && c.Enrolment.StartWeek <= week).ToList();
        if (enrolled.Count == 0) return new(key, component, FidelityStatus.NotApplicable, "no client enrolled");
        var inWeek = enrolled.SelectMany(c => c.Results)
            .Where(r => facts.Cohort.Weeks.WeekOf(LocalDate.FromDateOnly(r.CollectedOn)) == week && r.Outcome is not "missed").ToList();
        var urine = inWeek.Where(r => r.Kind == "urine").Select(r => r.EnrolmentId).Distinct().Count();
        var breath = inWeek.Where(r => r.Kind == "breath").Select(r => r.EnrolmentId).Distinct().Count();
        var figures = Invariant($"urine {urine}/{enrolled.Count}, breath {breath}/{enrolled.Count}");
        return new(key, component, Verdict(urine == enrolled.Count && breath == enrolled.Count, facts.Ended(week)), figures);
    }

    private static FidelityCheck Topics(WeekFacts facts, int week)
    {
        const string key = "topics";
        const string component = "Manual topic in every group";
        var groups = facts.GroupsBegun(week)
            .Select(s => (Session: s, Track: facts.Cohort.Curriculum.FindTrack(new TrackCode(s.TrackCode))))
            .Where(s => s.Track?.Kind == TrackKind.Group)
            .ToList();
        if (groups.Count == 0)
            return new(key, component, facts.Ended(week) ? FidelityStatus.NotApplicable : FidelityStatus.NotYetDue, "no group session yet");
        // A topic-list group picks its topic from the manual's list each time, so it always has one.
        var withTopic = groups.Count(g => g.Track!.Sequence == SequenceKind.TopicList
            || (g.Session.SessionNumber is { } n && g.Track.FindSession(n) is not null));
        var figures = Invariant($"{withTopic} of {groups.Count} group sessions with a manual topic");
        return new(key, component, withTopic == groups.Count ? FidelityStatus.Met : FidelityStatus.NotMet, figures);
    }

    private static FidelityStatus Verdict(bool met, bool ended) =>
        met ? FidelityStatus.Met : ended ? FidelityStatus.NotMet : FidelityStatus.NotYetDue;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
