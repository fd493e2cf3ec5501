using System.Collections.Frozen;
using System.Globalization;
using IopCurriculum.Definitions.Yaml;

namespace IopCurriculum.Workflows.Guards;

/// <summary>
/// Reads a guard into a <see cref="GuardExpression"/>, checking each name against the trigger that
/// carries it and each word against the values its name can take.
/// </summary>
/// <remarks>
/// Grammar, loosest first:
/// <code>
/// or         := and ('or' and)*
/// and        := not ('and' not)*
/// not        := 'not' not | '(' or ')' | flag | comparison
/// comparison := operand ('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') operand
/// operand    := number | word | word '(' argument (',' argument)? ')'
/// argument   := word | number
/// </code>
/// The first syntax error ends the reading (what follows it cannot be trusted); every problem of meaning
/// (an unknown name, a misspelt value) is reported.
/// </remarks>
internal sealed class GuardParser
{
    private static readonly Condition Unusable = new Condition.NumberComparison(new NumberTerm.Literal(0), ComparisonOperator.Equal, new NumberTerm.Literal(0));

    private readonly IReadOnlyList<GuardToken> _tokens;
    private readonly WorkflowTrigger _trigger;
    private readonly IReadOnlyCollection<string> _stages;
    private readonly List<GuardProblem> _problems = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _trackCodes = new(StringComparer.Ordinal);
    private int _next;

    private GuardParser(IReadOnlyList<GuardToken> tokens, WorkflowTrigger trigger, IReadOnlyCollection<string> stages)
    {
        _tokens = tokens;
        _trigger = trigger;
        _stages = stages;
    }

    /// <param name="stages">The workflow's stage names, the values <c>target</c> may take.</param>
    public static (GuardExpression? Guard, IReadOnlyList<GuardProblem> Problems) Parse(
        string text, WorkflowTrigger trigger, IReadOnlyCollection<string> stages)
    {
        var (tokens, problem) = GuardTokenizer.Tokenize(text);
        if (problem is { } bad) return (null, [bad]);
        if (tokens.Count == 1) return (null, [new GuardProblem(0, "the condition is empty; leave 'when' out for a transition that always applies")]);

        var parser = new GuardParser(tokens, trigger, stages);
        var root = parser.ParseOr();
        if (root is not null && parser.Peek.Kind != GuardTokenKind.End)
        {
            parser.Fail($"unexpected {parser.Peek.Describe()} after a complete condition; join conditions with 'and' or 'or'");
            root = null;
        }
        if (root is null || parser._problems.Count > 0) return (null, parser._problems);
        return (new GuardExpression(text.Trim(), root, parser._names.ToFrozenSet(StringComparer.Ordinal), parser._trackCodes.ToFrozenSet(StringComparer.Ordinal)), []);
    }

    private GuardToken Peek => _tokens[_next];

    private GuardToken Take() => _tokens[_next++];

    private bool Accept(GuardTokenKind kind)
    {
        if (Peek.Kind != kind) return false;
        _next++;
        return true;
    }

    private Condition? Fail(string message)
    {
        _problems.Add(new GuardProblem(Peek.Offset, message));
        return null;
    }

    private Condition? ParseOr()
    {
        var left = ParseAnd();
        while (left is not null && Accept(GuardTokenKind.Or))
            left = ParseAnd() is { } right ? new Condition.Any(left, right) : null;
        return left;
    }

    private Condition? ParseAnd()
    {
        var left = ParseNot();
        while (left is not null && Accept(GuardTokenKind.And))
            left = ParseNot() is { } right ? new Condition.All(left, right) : null;
        return left;
    }

    private Condition? ParseNot()
    {
        if (Accept(GuardTokenKind.Not))
            return ParseNot() is { } inner ? new Condition.Negation(inner) : null;
        if (Accept(GuardTokenKind.OpenParen))
        {
            var inner = ParseOr();
            if (inner is null) return null;
            return Accept(GuardTokenKind.CloseParen) ? inner : Fail($"expected ')' to close the '(' before it, found {Peek.Describe()}");
        }
        if (Peek.Kind == GuardTokenKind.Word && GuardVocabulary.Flags.TryGetValue(Peek.Text, out var flag))
        {
            var word = Take();
            if (Peek.Kind == GuardTokenKind.Comparison)
                return Fail($"'{word.Text}' is true or false by itself: write '{word.Text}' or 'not {word.Text}', not a comparison");
            _names.Add(word.Text);
            return new Condition.Flag(flag);
        }
        if (Peek.Kind == GuardTokenKind.Word && _tokens[_next + 1].Kind is not (GuardTokenKind.Comparison or GuardTokenKind.OpenParen)
            && !GuardVocabulary.Names.ContainsKey(Peek.Text))
            // A word standing alone can only be a flag; say which one was meant.
            return Fail($"unknown name '{Peek.Text}'{Suggestions.Hint(Peek.Text, GuardVocabulary.AllWords)}");
        if (Peek.Kind is GuardTokenKind.Word or GuardTokenKind.Number) return ParseComparison();
        return Fail($"expected a condition such as 'week >= 4', found {Peek.Describe()}");
    }

    private Condition? ParseComparison()
    {
        var left = ParseOperand();
        if (left is null) return null;
        if (Peek.Kind != GuardTokenKind.Comparison)
            return Fail($"expected ==, !=, <, <=, > or >= after '{left.Written}', found {Peek.Describe()}");
        var op = Take();
        var right = ParseOperand();
        return right is null ? null : Bind(left, op, right);
    }

    private Operand? ParseOperand()
    {
        if (Peek.Kind is not (GuardTokenKind.Word or GuardTokenKind.Number))
        {
            Fail($"expected a name, a word or a number, found {Peek.Describe()}");
            return null;
        }
        var token = Take();
        if (token.Kind == GuardTokenKind.Number || !Accept(GuardTokenKind.OpenParen)) return new Operand(token, []);

        var measure = GuardVocabulary.MeasureFunctions.Contains(token.Text);
        if (Peek.Kind != GuardTokenKind.Word)
        {
            Fail(measure
                ? $"expected a measure such as PHQ9 inside '{token.Text}(...)', found {Peek.Describe()}"
                : $"expected a track code such as ER inside '{token.Text}(...)', found {Peek.Describe()}");
            return null;
        }
        List<GuardToken> arguments = [Take()];
        if (Accept(GuardTokenKind.Comma))
        {
            if (Peek.Kind is not (GuardTokenKind.Word or GuardTokenKind.Number))
            {
                Fail($"expected an item number or a score after '{token.Text}({arguments[0].Text},', found {Peek.Describe()}");
                return null;
            }
            arguments.Add(Take());
        }
        if (!Accept(GuardTokenKind.CloseParen))
        {
            Fail($"expected ')' after '{token.Text}({string.Join(", ", arguments.Select(a => a.Text))}', found {Peek.Describe()}");
            return null;
        }
        return new Operand(token, arguments);
    }

    private Condition Bind(Operand leftOperand, GuardToken op, Operand rightOperand)
    {
        var left = Resolve(leftOperand);
        var right = Resolve(rightOperand);
        if (left is null || right is null) return Unusable;
        var comparison = ComparisonOperators.Parse(op.Text);

        if (left.Number is { } l && right.Number is { } r) return new Condition.NumberComparison(l, comparison, r);

        // A name of a word kind (result, status, track, target) against a bare word, either way round.
        var (symbol, word) = left.Symbol is not null ? (left, right) : (right, left);
        if (symbol.Symbol is { } name && word.Word is { } value)
        {
            if (!comparison.IsEquality())
                return Problem(op.Offset, $"'{op.Text}' compares numbers; compare '{name.Name}' with == or !=");
            if (GuardVocabulary.CheckValue(name, value, _stages) is { } wrong) return Problem(word.Offset, wrong);
            if (name.Name == GuardVocabulary.Track) _trackCodes.Add(value);
            return new Condition.SymbolComparison(name.ReadSymbol!, comparison == ComparisonOperator.Equal, value);
        }

        if (new[] { left, right }.FirstOrDefault(side => side.LacksTrack) is { } bare)
            return Problem(bare.Offset, $"'{bare.Word}' counts sessions of one track: write {bare.Word}(ER) with the track's code");
        // A bare word is a value only beside a word-valued name; beside a literal or another bare word it
        // can only be a misspelt name.
        var lone = left.Word is not null && (right.Word is not null || right.Number is NumberTerm.Literal) ? left
            : right.Word is not null && left.Number is NumberTerm.Literal ? right
            : null;
        if (lone?.Word is { } unknown)
            return Problem(lone.Offset, $"unknown name '{unknown}'{Suggestions.Hint(unknown, GuardVocabulary.AllWords)}");
        if (left.Symbol is not null && right.Symbol is not null)
            return Problem(right.Offset, $"compare '{left.Symbol.Name}' with a value, not with another name ('{right.Symbol.Name}')");

        // What is left is a number against a word-valued name or a bare word: point at the side that is not
        // a number when it is a bare word (likely a misspelt number name), else at the number.
        var (number, other) = left.Number is not null ? (left, right) : (right, left);
        if (other.Word is { } typed)
            return Problem(other.Offset, $"cannot compare {number.Description} with {other.Description}{Suggestions.Hint(typed, GuardVocabulary.NumberNames)}");
        return Problem(number.Offset, $"cannot compare {other.Description} with {number.Description}");
    }

    private Resolved? Resolve(Operand operand)
    {
        var token = operand.Token;
        if (token.Kind == GuardTokenKind.Number)
        {
            return int.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? new Resolved(token.Offset, $"the number {value}") { Number = new NumberTerm.Literal(value) }
                : Unresolved(token.Offset, $"{token.Text} is too large a number");
        }
        if (operand.Arguments.Count > 0)
            return GuardVocabulary.MeasureFunctions.Contains(token.Text) ? ResolveMeasureCall(token, operand.Arguments) : ResolveCall(token, operand.Arguments);

        // 'missed' is a function and also a test result; which one it is depends on the other side.
        if (GuardVocabulary.Functions.ContainsKey(token.Text))
            return new Resolved(token.Offset, $"the word '{token.Text}'") { Word = token.Text, LacksTrack = true };
        if (GuardVocabulary.MeasureFunctions.Contains(token.Text))
            return Unresolved(token.Offset, $"'{token.Text}' reads one measure: write {MeasureExample(token.Text)}");
        if (!GuardVocabulary.Names.TryGetValue(token.Text, out var name))
            return new Resolved(token.Offset, $"the word '{token.Text}'") { Word = token.Text };
        if (name.OnlyOn is { } only && only != _trigger)
            return Unresolved(token.Offset, $"'{name.Name}' is known only on {only.Word()} transitions, not on {_trigger.Word()}");
        _names.Add(name.Name);
        return name.ReadNumber is { } read
            ? new Resolved(token.Offset, name.Describe()) { Number = new NumberTerm.Fact(read) }
            : new Resolved(token.Offset, name.Describe()) { Symbol = name };
    }

    private Resolved? ResolveCall(GuardToken function, IReadOnlyList<GuardToken> arguments)
    {
        var argument = arguments[0];
        if (!GuardVocabulary.Functions.TryGetValue(function.Text, out var read))
        {
            IReadOnlyList<string> known = [.. GuardVocabulary.Functions.Keys, .. GuardVocabulary.MeasureFunctions];
            var written = GuardVocabulary.Functions.Keys.Select(k => k + "(CODE)").Concat(GuardVocabulary.MeasureFunctions.Select(MeasureExample));
            return GuardVocabulary.Names.ContainsKey(function.Text)
                ? Unresolved(function.Offset, $"'{function.Text}' is a name, not a function: write it without brackets")
                : Unresolved(function.Offset, $"unknown function '{function.Text}'{Suggestions.Hint(function.Text, known)}; the functions are {string.Join(", ", written)}");
        }
        if (arguments.Count > 1) return Unresolved(arguments[1].Offset, $"'{function.Text}' takes one track code, such as {function.Text}(ER)");
        if (GuardVocabulary.CheckTrackCode(argument.Text) is { } wrong) return Unresolved(argument.Offset, wrong);
        _names.Add(function.Text);
        _trackCodes.Add(argument.Text);
        return new Resolved(function.Offset, $"the number '{function.Text}({argument.Text})'") { Number = new NumberTerm.TrackCount(read, argument.Text) };
    }

    /// <summary>
    /// <c>score(ID)</c>, <c>score(ID, SCORE)</c>, <c>change(ID)</c>, <c>change(ID, SCORE)</c>, <c>item(ID, N)</c>
    /// and <c>severity(ID)</c>, each checked against the instrument it names.
    /// </summary>
    private Resolved? ResolveMeasureCall(GuardToken function, IReadOnlyList<GuardToken> arguments)
    {
        var id = arguments[0];
        if (GuardVocabulary.CheckMeasure(id.Text) is { } unknown) return Unresolved(id.Offset, unknown);
        var instrument = GuardVocabulary.Instruments.Find(id.Text)!;
        var second = arguments.Count > 1 ? arguments[1] : (GuardToken?)null;
        var written = $"{function.Text}({string.Join(", ", arguments.Select(a => a.Text))})";
        var measure = id.Text;
        switch (function.Text)
        {
            case GuardVocabulary.Item:
                if (second is not { } number)
                    return Unresolved(function.Offset, $"'item' names the item too: write item({measure}, 9)");
                var item = instrument.Item(number.Text);
                if (item is null)
                    return Unresolved(number.Offset, $"{instrument.Title} has no item {number.Text}; its items are {string.Join(", ", instrument.Items.Select(i => i.Number))}");
                _names.Add(function.Text);
                return new Resolved(function.Offset, $"the number '{written}'") { Number = new NumberTerm.MeasureValue(measure, f => f.Item(item.Number)) };
            case GuardVocabulary.Severity:
                if (second is { } extra) return Unresolved(extra.Offset, $"'severity' reads the headline score's band: write severity({measure})");
                var bands = instrument.Headline.Bands.Select(b => b.Id).ToList();
                if (bands.Count == 0) return Unresolved(id.Offset, $"{instrument.Title} has no severity bands; compare score({measure}) instead");
                _names.Add(function.Text);
                return new Resolved(function.Offset, $"'{written}'")
                {
                    Symbol = new GuardName(written, null, null, f => f.MeasureOf(measure)?.Severity)
                    {
                        CheckWord = word => bands.Contains(word, StringComparer.Ordinal)
                            ? null
                            : $"'{word}' is not a band of {instrument.Title}: one of {string.Join(" | ", bands)}{Suggestions.Hint(word, bands)}",
                    },
                };
            default:
                string? score = null;
                if (second is { } named)
                {
                    if (instrument.Score(named.Text) is null)
                    {
                        var ids = instrument.Scores.Select(s => s.Id).ToList();
                        return Unresolved(named.Offset, $"{instrument.Title} has no score '{named.Text}'; its scores are {string.Join(", ", ids)}{Suggestions.Hint(named.Text, ids)}");
                    }
                    score = named.Text;
                }
                _names.Add(function.Text);
                Func<MeasureFacts, int?> read = function.Text == GuardVocabulary.Change ? f => f.Change(score) : f => f.Score(score);
                return new Resolved(function.Offset, $"the number '{written}'") { Number = new NumberTerm.MeasureValue(measure, read) };
        }
    }

    private static string MeasureExample(string function) => function switch
    {
        GuardVocabulary.Item => "item(PHQ9, 9)",
        GuardVocabulary.Severity => "severity(PHQ9)",
        _ => $"{function}(PHQ9)",
    };

    private Resolved? Unresolved(int offset, string message)
    {
        _problems.Add(new GuardProblem(offset, message));
        return null;
    }

    private Condition Problem(int offset, string message)
    {
        _problems.Add(new GuardProblem(offset, message));
        return Unusable;
    }

    /// <summary>One side of a comparison as written; <see cref="Arguments"/> are a function call's track code or measure and item.</summary>
    private sealed record Operand(GuardToken Token, IReadOnlyList<GuardToken> Arguments)
    {
        public string Written => Arguments.Count > 0 ? $"{Token.Text}({string.Join(", ", Arguments.Select(a => a.Text))})" : Token.Text;
    }

    /// <summary>One side of a comparison once its words are looked up: a number, a word-valued name, or a bare word.</summary>
    private sealed record Resolved(int Offset, string Description)
    {
        public NumberTerm? Number { get; init; }
        public GuardName? Symbol { get; init; }
        public string? Word { get; init; }

        /// <summary>A function's name written without its track code, such as <c>attended</c>.</summary>
        public bool LacksTrack { get; init; }
    }
}
