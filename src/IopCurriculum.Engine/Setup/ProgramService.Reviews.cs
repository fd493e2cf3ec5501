namespace IopCurriculum.Engine.Setup;

public sealed partial class ProgramService
{
    /// <summary>The most days a plan may run between reviews: a year.</summary>
    public const int LongestReviewInterval = 365;

    /// <summary>Sets how many days a signed treatment plan runs before it is due for review (30 unless set).</summary>
    /// <returns>The days before and after.</returns>
    public (int Before, int After) SetPlanReviewDays(string programId, int days)
    {
        if (days is < 1 or > LongestReviewInterval)
            throw EngineException.Invalid($"{days} days between reviews: a plan is reviewed every 1 to {LongestReviewInterval} days");
        return UnitOfWork.Run(_context, db =>
        {
            var program = db.Programs.SingleOrDefault(p => p.Id == programId)
                ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
            var before = program.PlanReviewDays;
            program.PlanReviewDays = days;
            return (before, days);
        });
    }
}
