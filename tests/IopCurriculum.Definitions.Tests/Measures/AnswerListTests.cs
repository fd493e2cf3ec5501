using Xunit;
using IopCurriculum.Definitions.Measures;

namespace IopCurriculum.Definitions.Tests.Measures;

/// <summary>Each item keeps the name of the answer list it offers, which the FHIR export names its answer codes by.</summary>
public class AnswerListTests
{
    [Fact]
    public void EachItemKnowsItsAnswerListByTheFilesName()
    {
        var phq9 = BuiltInMeasures.Instruments.Find("PHQ9")!;
        Assert.Equal("frequency", phq9.Item("9")!.AnswerList);
        Assert.Equal("difficulty", phq9.Item("10")!.AnswerList);
        var bam = BuiltInMeasures.Instruments.Find("BAM")!;
        Assert.Equal(["health", "days", "amount", "yes-no"], bam.Items.Select(i => i.AnswerList).Distinct());
        Assert.All(BuiltInMeasures.Instruments.All.SelectMany(i => i.Items), i => Assert.NotNull(i.AnswerList));
    }
}
