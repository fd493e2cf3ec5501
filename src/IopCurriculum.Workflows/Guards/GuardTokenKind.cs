namespace IopCurriculum.Workflows.Guards;

internal enum GuardTokenKind
{
    Word,
    Number,
    Comparison,
    And,
    Or,
    Not,
    OpenParen,
    CloseParen,
    Comma,
    End,
}
