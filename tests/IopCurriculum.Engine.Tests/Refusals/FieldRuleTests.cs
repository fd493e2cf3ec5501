using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Refusals;

/// <summary>
/// Ids, names, reasons and notes that break the documented rules: refused by the engine itself (so the
/// command line and the web app agree), with the field named in words, and nothing written.
/// </summary>
public sealed class FieldRuleTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));

    public FieldRuleTests()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4));
        _h.Enrol(CohortId, "A", 1);
    }

    public void Dispose() => _h.Dispose();

    private static EnrolRequest Request(string clientId, string? given = "Ann", string? family = "Lee") => new()
    {
        CohortId = CohortId,
        ClientId = clientId,
        GivenName = given,
        FamilyName = family,
        Actor = "test",
    };

    [Theory]
    [InlineData("", "the client id is empty; give the client's id in the program, such as a chart number")]
    [InlineData(" B", "the client id ' B' may hold only letters, digits, dots, hyphens and underscores, starting with a letter or digit")]
    [InlineData("-B", "the client id '-B' may hold only letters, digits, dots, hyphens and underscores, starting with a letter or digit")]
    [InlineData("B\u0000", "the client id 'B\\u0000' may hold only letters, digits, dots, hyphens and underscores, starting with a letter or digit")]
    public void AClientIdOutsideTheRulesIsRefusedWithNothingWritten(string id, string message)
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Enrolments.Enrol(Request(id)));
        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void AClientIdLongerThanTheLimitIsRefused()
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Enrolments.Enrol(Request(new string('b', 65))));
        Assert.Equal("the client id is 65 characters long; it may have at most 64", refused.Message);
    }

    [Theory]
    [InlineData("Ann\tMarie", "Lee", "the first name holds a control character (such as a line break or tab); write it on one line")]
    [InlineData("Ann", "Lee\u001b[31m", "the family name holds a control character (such as a line break or tab); write it on one line")]
    public void NamesWithControlCharactersAreRefused(string given, string family, string message)
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Enrolments.Enrol(Request("B", given, family)));
        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void ANameLongerThanTheLimitIsRefused()
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Enrolments.Enrol(Request("B", family: new string('L', 101))));
        Assert.Equal("the family name is 101 characters long; it may have at most 100", refused.Message);
    }

    [Fact]
    public void NamesAreStoredTrimmed()
    {
        _h.Engine.Enrolments.Enrol(Request("B", "  Ann ", " Lee  "));
        using var db = _h.Database.Open();
        var client = db.Clients.Single(c => c.Id == "B");
        Assert.Equal(("Ann", "Lee"), (client.GivenName, client.FamilyName));
    }

    [Fact]
    public void AReasonOnSeveralLinesIsRefused()
    {
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Clinical.Discharge(new ClinicalRequest
        {
            CohortId = CohortId,
            ClientId = "A",
            Reason = "moved away\nsecond line",
            Actor = "test",
        }));
        Assert.Equal("the reason holds a control character (such as a line break or tab); write it on one line", refused.Message);
    }

    [Fact]
    public void AnAttendanceNoteLongerThanTheRegisterAllowsIsRefused()
    {
        var session = _h.Sessions(CohortId, 1).First();
        _h.AfterSession(session);
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => _h.Engine.Attendance.Record(new AttendanceRequest
        {
            CohortId = CohortId,
            ClientId = "A",
            SessionId = session.Id,
            Status = "attended",
            Note = new string('n', 501),
            Actor = "test",
        }));
        Assert.Equal("the note is 501 characters long; it may have at most 500", refused.Message);
    }

    [Theory]
    [InlineData("line one\nline two\ttabbed", "line one\nline two\ttabbed")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void NotesKeepLineBreaksAndTabsAndBlankIsNone(string? note, string? stored) =>
        Assert.Equal(stored, FieldRules.Note(note));

    [Fact]
    public void ANoteWithOtherControlCharactersIsRefused()
    {
        var refused = Assert.Throws<EngineException>(() => FieldRules.Note("bell\u0007"));
        Assert.Equal("the note holds a control character; write plain text", refused.Message);
    }
}
