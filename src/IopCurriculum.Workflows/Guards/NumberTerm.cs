namespace IopCurriculum.Workflows.Guards;

/// <summary>
/// A side of a numeric comparison: a literal, a count the engine supplies, a per-track count, or a
/// measure's value. Null is a value not known (a measure never recorded): no comparison with it holds.
/// </summary>
internal abstract class NumberTerm
{
    public abstract int? Value(WorkflowFacts facts);

    public sealed class Literal(int value) : NumberTerm
    {
        public override int? Value(WorkflowFacts facts) => value;
    }

    public sealed class Fact(Func<WorkflowFacts, int> read) : NumberTerm
    {
        public override int? Value(WorkflowFacts facts) => read(facts);
    }

    /// <summary><c>attended(CODE)</c> or <c>missed(CODE)</c>.</summary>
    public sealed class TrackCount(Func<WorkflowFacts, string, int> read, string track) : NumberTerm
    {
        public override int? Value(WorkflowFacts facts) => read(facts, track);
    }

    /// <summary><c>score(ID)</c>, <c>item(ID, N)</c> or <c>change(ID)</c>.</summary>
    public sealed class MeasureValue(string measure, Func<MeasureFacts, int?> read) : NumberTerm
    {
        public override int? Value(WorkflowFacts facts) => facts.MeasureOf(measure) is { } known ? read(known) : null;
    }
}
