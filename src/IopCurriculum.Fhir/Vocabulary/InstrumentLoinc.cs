using System.Collections.Frozen;
using IopCurriculum.Definitions.Measures;

namespace IopCurriculum.Fhir.Vocabulary;

/// <summary>
/// The LOINC codes the shipped instruments give for their panels, items, scores and answers: the only ones a
/// measure's resources may carry, since the instrument files hold a code only where a source confirmed it.
/// </summary>
public static class InstrumentLoinc
{
    public static FrozenSet<string> Codes { get; } = BuiltInMeasures.Instruments.All
        .SelectMany(i => new[] { i.Loinc }
            .Concat(i.Items.Select(item => item.Loinc))
            .Concat(i.Items.SelectMany(item => item.Options.Select(o => o.Loinc)))
            .Concat(i.Scores.Select(s => s.Loinc)))
        .OfType<string>()
        .ToFrozenSet(StringComparer.Ordinal);
}
