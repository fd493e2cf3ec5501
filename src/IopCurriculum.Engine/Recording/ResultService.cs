using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Engine.Recording;

/// <summary>Records urine and breath test results; each fires the client's workflows in the same transaction.</summary>
public sealed class ResultService
{
    private readonly EngineContext _context;

    internal ResultService(EngineContext context) => _context = context;

    public ResultOutcome Record(ResultRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = ParseEnum<TestKind>(request.Kind, "test kind");
        var outcome = ParseEnum<TestOutcome>(request.Outcome, "result");
        var substances = FieldRules.Note(request.Substances, "the substances", 200);
        var (result, journal) = UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
            var week = RecordedDay.Check(_context, setting, enrolment, request.CollectedOn, "the collection date", "date");

            var record = new TestResultRecord
            {
                EnrolmentId = enrolment.Id,
                CollectedOn = request.CollectedOn.ToDateOnly(),
                Kind = kind.ToString().ToLowerInvariant(),
                Outcome = outcome.ToString().ToLowerInvariant(),
                Substances = substances,
                RecordedUtc = _context.UtcNow,
                Actor = request.Actor,
            };
            db.TestResults.Add(record);
            db.SaveChanges();

            // Guards see the run of negatives including this test.
            foreach (var instance in db.Instances.Where(i => i.EnrolmentId == enrolment.Id && i.Active))
                instance.ConsecutiveNegatives = outcome switch
                {
                    TestOutcome.Negative => instance.ConsecutiveNegatives + 1,
                    TestOutcome.Positive or TestOutcome.Missed => 0,
                    _ => instance.ConsecutiveNegatives,
                };
            var fired = TriggerFiring.FireAll(db, _context, setting, enrolment, WorkflowTrigger.TestResult,
                new TriggerFacts(Result: record.Outcome),
                instance => OccurrenceKeys.TestResult(instance.Id, record.Id),
                Math.Min(week, cohort.Weeks), request.Actor, null);
            return (record, fired.Select(f => f.Entry!).ToList());
        });
        // Mapped once the unit has committed: the journal's ids are only known then.
        return new ResultOutcome(TestResultEntry.From(result), [.. journal.Select(JournalStep.From)]);
    }

    internal static T ParseEnum<T>(string text, string what) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw EngineException.Invalid($"'{text}' is not a {what}; use one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
}
