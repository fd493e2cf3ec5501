using System.CommandLine;
using IopCurriculum.Engine.Billing;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop billing</c>: a cohort's billing-ready days for one week, as CSV or JSON for a billing team. Nothing is submitted.</summary>
internal static class BillingCommand
{
    public static Command Create(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var week = new Option<int>("--week") { Description = "The cohort week.", Required = true };
        var format = new Option<string>("--format") { Description = "csv (a row per client-day) or json (with every service)", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("billing", "Billing-ready days of a week: minutes by service, the program's rules, and why a day cannot be billed yet.") { cohort, week, format };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var report = e.Billing.Week(parsed.GetValue(cohort)!, parsed.GetValue(week));
            if (parsed.GetValue(format) == "json") console.Out.WriteLine(BillingFiles.WriteJson(report));
            else BillingFiles.WriteCsv(report, console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
