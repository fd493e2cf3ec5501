using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Plans.Files;

namespace IopCurriculum.Plans.Discharge;

/// <summary>Reads a discharge summary written as YAML or JSON; every problem at its file:line:column, nothing half-read.</summary>
public static class DischargeFileReader
{
    private static readonly string[] Keys = ["reason", "summary", "aftercare"];
    private static readonly string[] AftercareKeys = ["referrals", "mutual_help", "social_support"];

    public static LoadResult<DischargeSummary> Parse(string text, string sourceName)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.ParseMapping(text, sourceName, "discharge summary", diagnostics)?.Expect("the discharge summary", Keys);
        if (map is null) return LoadResult.Failure<DischargeSummary>(diagnostics.Sorted());
        var reason = map.Enum<DischargeReason>("reason", required: true);
        var summary = map.Text("summary", required: true);
        if (summary is { Length: > PlanFileReader.NoteLength })
            diagnostics.Add(map.ValueLocationOf("summary"), $"'summary' is longer than {PlanFileReader.NoteLength} characters");
        var aftercare = map.Map("aftercare", required: true)?.Expect("the aftercare plan", AftercareKeys);
        var referrals = Lines(aftercare, "referrals");
        var meetings = Lines(aftercare, "mutual_help");
        var socialSupport = aftercare?.Flag("social_support") ?? false;
        if (aftercare is not null && referrals.Count == 0 && meetings.Count == 0 && !socialSupport)
            diagnostics.Add(aftercare.Location, "the aftercare plan names no referral, no mutual-help meeting and no continuing Social Support; give at least one");
        return reason is { } r && summary is not null && aftercare is not null && diagnostics.Count == 0
            ? LoadResult.Success(new DischargeSummary(r, summary.Trim(), new AftercarePlan(referrals, meetings, socialSupport)))
            : LoadResult.Failure<DischargeSummary>(diagnostics.Sorted());
    }

    private static List<string> Lines(YamlMap? map, string key)
    {
        var lines = new List<string>();
        if (map is null) return lines;
        foreach (var (text, location) in map.LocatedStrings(key))
        {
            if (string.IsNullOrWhiteSpace(text)) map.Diagnostics.Add(location, $"an item of '{key}' is empty");
            else if (text.Length > PlanFileReader.StatementLength) map.Diagnostics.Add(location, $"an item of '{key}' is longer than {PlanFileReader.StatementLength} characters");
            else lines.Add(text.Trim());
        }
        return lines;
    }
}
