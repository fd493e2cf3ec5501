namespace IopCurriculum.Cli.Tests;

/// <summary>Runs of iop plan on the Matrix curriculum from Monday 4 January 2027.</summary>
internal static class PlanRuns
{
    public static CliResult Plan(params string[] more) =>
        Iop.Run(["plan", "--curriculum", Repo.Matrix, "--start", "2027-01-04", .. more]);
}
