namespace IopCurriculum.Workflows.Guards;

/// <summary>A side of a numeric comparison: a literal, a count the engine supplies, or a per-track count.</summary>
internal abstract class NumberTerm
{
    public abstract int Value(WorkflowFacts facts);

    public sealed class Literal(int value) : NumberTerm
    {
        public override int Value(WorkflowFacts facts) => value;
    }

    public sealed class Fact(Func<WorkflowFacts, int> read) : NumberTerm
    {
        public override int Value(WorkflowFacts facts) => read(facts);
    }

    /// <summary><c>attended(CODE)</c> or <c>missed(CODE)</c>.</summary>
    public sealed class TrackCount(Func<WorkflowFacts, string, int> read, string track) : NumberTerm
    {
        public override int Value(WorkflowFacts facts) => read(facts, track);
    }
}
