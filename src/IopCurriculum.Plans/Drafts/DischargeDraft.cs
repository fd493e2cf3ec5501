using IopCurriculum.Plans.Discharge;

namespace IopCurriculum.Plans.Drafts;

/// <summary>A discharge summary as its form holds it, written as the text <see cref="DischargeFileReader"/> reads, so a form and a file meet the same rules.</summary>
public sealed class DischargeDraft
{
    /// <summary>A reason word: completed, transferred, left, discharged or other.</summary>
    public string Reason { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The referrals, one a line.</summary>
    public string Referrals { get; set; } = "";

    /// <summary>The mutual-help meetings, one a line.</summary>
    public string MutualHelp { get; set; } = "";

    public bool SocialSupport { get; set; }

    /// <summary>The form of a version already written, to correct it.</summary>
    public static DischargeDraft From(DischargeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new DischargeDraft
        {
            Reason = Definitions.Yaml.EnumNames.Kebab(summary.Reason),
            Summary = summary.Summary,
            Referrals = string.Join('\n', summary.Aftercare.Referrals),
            MutualHelp = string.Join('\n', summary.Aftercare.MutualHelp),
            SocialSupport = summary.Aftercare.ContinuingSocialSupport,
        };
    }

    /// <summary>The summary's text, each field on its own line so a problem found at a line names its field.</summary>
    public DraftText Write()
    {
        var lines = new (string Field, string Text)[]
        {
            ("reason", $"reason: {YamlQuoting.Quote(Reason.Trim())}"),
            ("summary", $"summary: {YamlQuoting.Quote(Summary)}"),
            ("aftercare", "aftercare:"),
            ("referrals", $"  referrals: [{List(Referrals)}]"),
            ("mutual_help", $"  mutual_help: [{List(MutualHelp)}]"),
            ("social_support", $"  social_support: {(SocialSupport ? "true" : "false")}"),
        };
        return new DraftText(
            string.Concat(lines.Select(l => l.Text + "\n")),
            [.. lines.Select((l, i) => new DraftLine(i + 1, l.Field))]);
    }

    private static string List(string lines) =>
        string.Join(", ", lines.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(YamlQuoting.Quote));
}
