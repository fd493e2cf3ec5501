using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Domain.Tests.Curricula;

public class CapacityTests
{
    [Theory]
    [InlineData(8, 12)]
    [InlineData(1, 1)]
    public void MinUpToMaxIsAccepted(int min, int max)
    {
        var capacity = new Capacity(min, max);

        Assert.Equal(min, capacity.Min);
        Assert.Equal(max, capacity.Max);
    }

    [Fact]
    public void MinAboveMaxIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => new Capacity(10, 8));

        Assert.Equal("capacity min 10 is more than max 8", error.Message);
    }

    [Fact]
    public void MinBelowOneIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => new Capacity(0, 8));

        Assert.Contains("capacity min must be at least 1", error.Message, StringComparison.Ordinal);
    }
}
