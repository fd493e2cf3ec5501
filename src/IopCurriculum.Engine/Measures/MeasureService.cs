using IopCurriculum.Definitions.Measures;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Measures;

/// <summary>
/// Records completed instruments (PHQ-9, GAD-7, BAM, craving) with their answers and scores. Each fires
/// the client's workflows that answer <c>measure-recorded</c> in the same transaction, so a safety
/// alert is written with the measure or not at all.
/// </summary>
public sealed class MeasureService
{
    private readonly EngineContext _context;

    internal MeasureService(EngineContext context) => _context = context;

    /// <summary>The instruments a program can use.</summary>
    public static InstrumentSet Instruments => BuiltInMeasures.Instruments;

    /// <summary>The instrument with this id, or a not-found naming the ones there are.</summary>
    public static Instrument Instrument(string id) =>
        Instruments.Named(id)
            ?? throw EngineException.NotFound($"there is no measure '{id}'; the measures are {string.Join(", ", Instruments.All.Select(i => $"{i.Id} ({i.Title})"))}");

    public MeasureOutcome Record(MeasureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var instrument = Instrument(request.Instrument);
        var answers = new MeasureAnswers(request.Answers);
        if (MeasureScoring.Problem(instrument, answers) is { } problem) throw EngineException.Invalid(problem);
        var score = MeasureScoring.Score(instrument, answers);
        var note = FieldRules.Note(request.Note, "the note", 2000);
        var (record, journal) = UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
            var week = RecordedDay.Check(_context, setting, enrolment, request.AnsweredOn, "the date answered", "date");

            var measure = new MeasureRecord
            {
                EnrolmentId = enrolment.Id,
                Instrument = instrument.Id.Value,
                InstrumentVersion = instrument.Version,
                AnsweredOn = request.AnsweredOn.ToDateOnly(),
                AnswersJson = StoredMeasures.AnswersJson(answers),
                ScoresJson = StoredMeasures.ScoresJson(score),
                Score = score.Headline.Value,
                Severity = score.Headline.Band?.Id,
                CriticalItems = string.Join(',', score.CriticalItems),
                Note = note,
                RecordedUtc = _context.UtcNow,
                Actor = request.Actor,
            };
            db.Measures.Add(measure);
            db.SaveChanges();

            var facts = MeasureFactsReader.Read(db, enrolment.Id, measure);
            var fired = TriggerFiring.FireAll(db, _context, setting, enrolment, WorkflowTrigger.MeasureRecorded,
                new TriggerFacts(Measure: measure.Instrument, Measures: facts),
                instance => OccurrenceKeys.MeasureRecorded(instance.Id, measure.Id),
                Math.Clamp(week, 1, cohort.Weeks), request.Actor, null,
                include: instance => instance.Active && _context.Machine(instance.Definition!).Definition.AnswersMeasures,
                journalRefusal: false);
            return (measure, fired.Where(f => f.Entry is not null).Select(f => f.Entry!).ToList());
        });
        return new MeasureOutcome(MeasureEntry.From(record), [.. journal.Select(JournalStep.From)]);
    }

    /// <summary>Marks a measure as entered in error, with who and why; it then counts in no score or chart, and exports say it was entered in error.</summary>
    public MeasureEntry Strike(string cohortId, long measureId, string? reason, string actor)
    {
        var why = FieldRules.Reason(reason);
        var record = UnitOfWork.Run(_context, db =>
        {
            var (cohort, _) = CohortService.Find(_context, db, cohortId);
            var measure = db.Measures.SingleOrDefault(m => m.Id == measureId && db.Enrolments.Any(e => e.Id == m.EnrolmentId && e.CohortId == cohort.Id))
                ?? throw EngineException.NotFound($"cohort {cohort.Id} has no measure {measureId}");
            if (measure.StruckUtc is not null)
                throw EngineException.Conflict($"measure {measureId} was already marked entered in error by {measure.StruckBy} ({measure.StruckReason})");
            measure.StruckUtc = _context.UtcNow;
            measure.StruckBy = actor;
            measure.StruckReason = why;
            return measure;
        });
        return MeasureEntry.From(record);
    }

    /// <summary>A measure already recorded, with the journal steps its recording fired: what a page shows after it saved one.</summary>
    public MeasureOutcome Recorded(string cohortId, string clientId, long measureId)
    {
        using var db = _context.Database.Open();
        var enrolment = TriggerFiring.Enrolment(db, cohortId, clientId);
        var measure = db.Measures.AsNoTracking().SingleOrDefault(m => m.Id == measureId && m.EnrolmentId == enrolment.Id)
            ?? throw EngineException.NotFound($"client {clientId} has no measure {measureId} in cohort {cohortId}");
        var keys = db.Instances.AsNoTracking().Where(i => i.EnrolmentId == enrolment.Id).Select(i => i.Id).AsEnumerable()
            .Select(id => OccurrenceKeys.MeasureRecorded(id, measureId)).ToList();
        var journal = db.Journal.AsNoTracking().Where(j => keys.Contains(j.OccurrenceKey)).OrderBy(j => j.Id).AsEnumerable().Select(JournalStep.From).ToList();
        return new MeasureOutcome(MeasureEntry.From(measure), journal);
    }

    /// <summary>A client's measures in this cohort, in the order answered, struck ones among them.</summary>
    public IReadOnlyList<MeasureEntry> Of(string cohortId, string clientId)
    {
        using var db = _context.Database.Open();
        var enrolment = TriggerFiring.Enrolment(db, cohortId, clientId);
        return [.. db.Measures.AsNoTracking().Where(m => m.EnrolmentId == enrolment.Id)
            .OrderBy(m => m.AnsweredOn).ThenBy(m => m.Id).AsEnumerable().Select(MeasureEntry.From)];
    }
}
