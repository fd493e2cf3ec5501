using IopCurriculum.Notes.Formats;
using IopCurriculum.Notes.Writing;
using NodaTime;

namespace IopCurriculum.Notes.Tests;

public sealed class NoteTextTests
{
    private static NoteText Note(string data, string assessment = "Progressing.", string plan = "Keep going.") =>
        NoteText.Of(NoteFormats.Default, new Dictionary<string, string?> { ["data"] = data, ["assessment"] = assessment, ["plan"] = plan }).Text!;

    [Fact]
    public void ANoteHasEverySectionOfItsFormatInOrderAndSaysWhichAreMissing()
    {
        var (text, problem) = NoteText.Of(NoteFormats.Default, new Dictionary<string, string?> { ["plan"] = "  Next week.  ", ["data"] = "Spoke." });
        Assert.Null(problem);
        Assert.Equal(["data", "assessment", "plan"], text!.Sections.Select(s => s.Section.Key));
        Assert.Equal("Next week.", text["plan"]);
        Assert.False(text.IsComplete);
        Assert.Equal(["Assessment"], text.Missing);
    }

    [Fact]
    public void ASectionTheFormatLacksOrThatIsTooLongIsRefused()
    {
        Assert.Contains("a DAP note has no section 'response'", NoteText.Of(NoteFormats.Default, new Dictionary<string, string?> { ["response"] = "x" }).Problem, StringComparison.Ordinal);
        Assert.Contains("may have at most 4000", NoteText.Of(NoteFormats.Default, new Dictionary<string, string?> { ["data"] = new string('x', 4001) }).Problem, StringComparison.Ordinal);
        Assert.Contains("control character", NoteText.Of(NoteFormats.Default, new Dictionary<string, string?> { ["data"] = "a\u0007b" }).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NotesThatDifferOnlyInCaseSpacingAndPunctuationAreTheSameNote()
    {
        var first = Note("Shared a craving, and coped.");
        var copy = Note("shared a  CRAVING and coped");
        var own = Note("Shared a craving, and called her sponsor.");
        Assert.Equal("C-1", Individualization.SameAs(copy, [("C-1", first), ("C-3", own)]));
        Assert.Null(Individualization.SameAs(own, [("C-1", first)]));
        // Sections do not run into each other: moving words between sections makes another note.
        Assert.NotEqual(Note("a b", "c").Folded(), Note("a", "b c").Folded());
    }

    [Fact]
    public void GoalsAreNamedByTheirPlaceAndLateEntryIsPast72Hours()
    {
        Assert.Equal(new GoalLink(1, 2), GoalLink.Parse(" 1.2 "));
        Assert.Equal("3.1", new GoalLink(3, 1).ToString());
        Assert.All(["", "1", "0.1", "1.-1", "a.b", "1.2.3"], t => Assert.Null(GoalLink.Parse(t)));
        var end = Instant.FromUtc(2027, 1, 5, 4, 30);
        Assert.False(NoteTiming.IsLateEntry(end, end.Plus(Duration.FromHours(72))));
        Assert.True(NoteTiming.IsLateEntry(end, end.Plus(Duration.FromHours(72) + Duration.FromSeconds(1))));
    }
}
