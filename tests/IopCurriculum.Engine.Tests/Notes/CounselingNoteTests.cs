using IopCurriculum.Access;

namespace IopCurriculum.Engine.Tests.Notes;

/// <summary>SUD counseling notes stay apart: their author reads them, other staff only where the program allows.</summary>
public sealed class CounselingNoteTests : IDisposable
{
    private readonly NoteFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void OnlyTheAuthorAndTheRolesTheProgramAllowsReadACounselingNote()
    {
        var ic = _f.Session("IC 1", client: "C-1");
        var id = _f.H.Engine.CounselingNotes.Write(_f.Cohort, "C-1", ic.Id, "Talked through the divorce and the anger it stirs.", "fay");
        Assert.True(id > 0);
        var own = Assert.Single(_f.H.Engine.CounselingNotes.Read(_f.Cohort, "C-1", "fay"));
        Assert.Equal(("IC 1", "fay"), (own.Session, own.Author));
        Assert.Empty(_f.H.Engine.CounselingNotes.Read(_f.Cohort, "C-1", "lee"));
        Assert.Empty(_f.H.Engine.CounselingNotes.Read(_f.Cohort, "C-1", "nobody"));

        _f.H.Engine.Programs.SetCounselingNoteReaders(EngineHarness.ProgramId, Roles.ClinicalLead);
        Assert.Single(_f.H.Engine.CounselingNotes.Read(_f.Cohort, "C-1", "lee"));
        Assert.Empty(_f.H.Engine.CounselingNotes.Read(_f.Cohort, "C-1", "tia"));
        Assert.Contains("never exported", Assert.Throws<EngineException>(() => _f.H.Engine.Programs.SetCounselingNoteReaders(EngineHarness.ProgramId, Roles.Integrator)).Message, StringComparison.Ordinal);

        // Kept apart from the record: not a progress note, not on the cohort's snapshot.
        Assert.Empty(_f.H.Engine.Notes.ForClient(_f.Cohort, "C-1"));
        Assert.All(_f.H.Engine.Snapshots.Whole(_f.Cohort).Clients, c => Assert.Empty(c.Notes));
        Assert.Contains("may write SUD counseling notes", Assert.Throws<EngineException>(() => _f.H.Engine.CounselingNotes.Write(_f.Cohort, "C-1", null, "x", "otto")).Message, StringComparison.Ordinal);
    }
}
