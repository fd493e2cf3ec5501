using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Weeks;

namespace IopCurriculum.Cli.Commands;

/// <summary>Prints what an advance did.</summary>
internal static class AdvanceReportView
{
    public static void Write(AdvanceReport report, TextWriter output)
    {
        foreach (var line in report.CohortWeeks) output.WriteLine(line);
        foreach (var line in report.Transitions) output.WriteLine($"  {line}");
        if (report.Stays > 0) output.WriteLine($"  {report.Stays} instance(s) stayed in their stage");
        foreach (var line in report.Skipped) output.WriteLine(line);
        if (!report.DidAnything && report.Skipped.Count == 0) output.WriteLine("nothing was due");
    }
}
