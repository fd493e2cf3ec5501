using System.Globalization;
using System.Text.Json;
using CsvHelper;
using IopCurriculum.Domain.Billing;
using IopCurriculum.Notes.Billing;

namespace IopCurriculum.Engine.Billing;

/// <summary>A billing week as a billing team or clearinghouse takes it: CSV, a row per client-day, or JSON with every service.</summary>
public static class BillingFiles
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>The columns before the rules' and after them; reasons and ids a spreadsheet could run as formulas are escaped.</summary>
    private static readonly string[] Leading = ["cohort", "program", "week", "date", "client", "minutes", "minutes_by_service"];
    private static readonly string[] Trailing = ["billable", "reasons"];

    public static void WriteCsv(BillingWeek week, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(week);
        using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord([.. Leading, .. week.Rules.Select(r => $"{r.Code}_met"), .. Trailing]);
        foreach (var day in week.Days)
            csv.WriteRecord([
                week.CohortId, week.ProgramId, week.Week.ToString(CultureInfo.InvariantCulture), Date(day), day.ClientId,
                day.Minutes.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", day.ByTrack.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Track} {t.Minutes}"))),
                .. day.Rules.Select(r => r.Met ? "yes" : "no"),
                day.Billable ? "yes" : "no",
                string.Join("; ", day.Reasons),
            ]);
    }

    public static string WriteJson(BillingWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return JsonSerializer.Serialize(new
        {
            cohort = week.CohortId,
            program = week.ProgramId,
            week = week.Week,
            first = week.First.ToString("R", CultureInfo.InvariantCulture),
            last = week.Last.ToString("R", CultureInfo.InvariantCulture),
            rules = week.Rules.Select(r => new { r.Code, r.Name, per = Per(r), r.MinimumMinutes, r.Source }),
            days = week.Days.Select(d => new
            {
                client = d.ClientId,
                date = Date(d),
                minutes = d.Minutes,
                services = d.Services.Select(s => new { s.Track, s.Session, s.Minutes, note = Note(s.Note) }),
                rules = d.Rules.Select(r => new { r.Rule.Code, r.Minutes, r.Met }),
                billable = d.Billable,
                reasons = d.Reasons,
            }),
        }, Json);
    }

    private static string Date(BillingDay day) => day.Date.ToString("R", CultureInfo.InvariantCulture);

    private static string Per(BillingRule rule) => rule.Per == BillingPeriod.Day ? "day" : "week";

    private static string Note(NoteState state) => state switch
    {
        NoteState.Missing => "missing",
        NoteState.Draft => "draft",
        NoteState.AwaitingCoSignature => "awaiting-co-signature",
        _ => "signed",
    };
}
