namespace IopCurriculum.Workflows.Guards;

/// <summary>The parsed tree of a guard: comparisons joined by and, or and not.</summary>
internal abstract class Condition
{
    public abstract bool Holds(WorkflowFacts facts);

    public sealed class All(Condition left, Condition right) : Condition
    {
        public override bool Holds(WorkflowFacts facts) => left.Holds(facts) && right.Holds(facts);
    }

    public sealed class Any(Condition left, Condition right) : Condition
    {
        public override bool Holds(WorkflowFacts facts) => left.Holds(facts) || right.Holds(facts);
    }

    public sealed class Negation(Condition inner) : Condition
    {
        public override bool Holds(WorkflowFacts facts) => !inner.Holds(facts);
    }

    public sealed class NumberComparison(NumberTerm left, ComparisonOperator op, NumberTerm right) : Condition
    {
        public override bool Holds(WorkflowFacts facts) =>
            left.Value(facts) is { } l && right.Value(facts) is { } r && op.Compare(l, r);
    }

    /// <summary>A symbol fact against a word; a fact the trigger does not carry equals nothing.</summary>
    public sealed class SymbolComparison(Func<WorkflowFacts, string?> read, bool equal, string value) : Condition
    {
        public override bool Holds(WorkflowFacts facts) => string.Equals(read(facts), value, StringComparison.Ordinal) == equal;
    }

    /// <summary>A fact that is true or false by itself.</summary>
    public sealed class Flag(Func<WorkflowFacts, bool> read) : Condition
    {
        public override bool Holds(WorkflowFacts facts) => read(facts);
    }
}
