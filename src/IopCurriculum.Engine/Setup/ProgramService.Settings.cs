using IopCurriculum.Domain.Guides;

namespace IopCurriculum.Engine.Setup;

public sealed partial class ProgramService
{
    /// <summary>
    /// Sets a program's roster names, plan review interval and export disclosure together, in one
    /// transaction; any value that is not one refuses the lot and saves nothing.
    /// </summary>
    public ProgramSummary SetSettings(string programId, ProgramSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var roster = RosterStyles.Parse(settings.RosterNames ?? "")
            ?? throw EngineException.Invalid($"roster names '{settings.RosterNames}': use one of {string.Join(", ", RosterStyles.Words)}");
        if (settings.PlanReviewDays is < 1 or > LongestReviewInterval)
            throw EngineException.Invalid($"{settings.PlanReviewDays} days between reviews: a plan is reviewed every 1 to {LongestReviewInterval} days");
        var system = string.IsNullOrWhiteSpace(settings.ClientIdSystem) ? null : settings.ClientIdSystem.Trim();
        if (system is not null && !Uri.TryCreate(system, UriKind.Absolute, out _))
            throw EngineException.Invalid($"the client id system '{system}' is not an absolute URI, such as urn:oid:2.16.840.1.113883.3.1234 or https://ehr.example.org/mrn");
        return ProgramSummary.From(UnitOfWork.Run(_context, db =>
        {
            var program = db.Programs.SingleOrDefault(p => p.Id == programId)
                ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
            program.RosterNames = roster.Word();
            program.PlanReviewDays = settings.PlanReviewDays;
            program.ClientIdSystem = system;
            program.ExportTestResults = settings.ExportTestResults;
            return program;
        }));
    }
}
