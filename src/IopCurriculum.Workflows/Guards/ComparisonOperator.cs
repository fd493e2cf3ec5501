namespace IopCurriculum.Workflows.Guards;

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal static class ComparisonOperators
{
    public static ComparisonOperator Parse(string text) => text switch
    {
        "==" => ComparisonOperator.Equal,
        "!=" => ComparisonOperator.NotEqual,
        "<" => ComparisonOperator.Less,
        "<=" => ComparisonOperator.LessOrEqual,
        ">" => ComparisonOperator.Greater,
        ">=" => ComparisonOperator.GreaterOrEqual,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "not a comparison"),
    };

    public static bool Compare(this ComparisonOperator op, int left, int right) => op switch
    {
        ComparisonOperator.Equal => left == right,
        ComparisonOperator.NotEqual => left != right,
        ComparisonOperator.Less => left < right,
        ComparisonOperator.LessOrEqual => left <= right,
        ComparisonOperator.Greater => left > right,
        ComparisonOperator.GreaterOrEqual => left >= right,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>True for == and !=, the only comparisons that make sense between words.</summary>
    public static bool IsEquality(this ComparisonOperator op) => op is ComparisonOperator.Equal or ComparisonOperator.NotEqual;
}
